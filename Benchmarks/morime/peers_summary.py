#!/usr/bin/env python3
"""Markdown table of Benchmarks/morime/out/peers-*: medians over seeds of hypervolume ratio, IGD+ (Yiwu) and
wall time, and each peer's time over MORIME's (same run)."""
import json
import math
import statistics
import sys
from pathlib import Path

EXACT = {"zdt1": 2 / 3, "zdt2": 1 / 3, "dtlz1": 1 - 1 / 48, "dtlz2": 1 - math.pi / 6}

out = Path(sys.argv[1])
pymoo = {}
for path in sorted(out.glob("peers-pymoo-*.json")):
    if path.stat().st_size:
        pymoo.update(json.loads(path.read_text()))
median = statistics.median
print("| problem | budget | algorithm | HV / exact, median (min) | IGD+ median | time median (s) | peer time / MORIME | median HV ≥ peer's |")
print("|---|---:|---|---:|---:|---:|---:|---|")
for name in ["yiwu", "zdt1", "zdt2", "zdt3", "dtlz1", "dtlz2"]:
    if name not in pymoo:
        continue
    budgets = sorted({int(key.split("@")[1]) for key in pymoo[name]})
    for budget in budgets:
        if name == "yiwu":
            path = out / f"peers-morime-yiwu-{budget}" / "morime_vs_exact_90.json"
            if not path.exists():
                continue
            runs = json.loads(path.read_text())["report"]["comparison"]["runs"]
            ratio = [r["indicators"]["hypervolumeRatio"] for r in runs]
            igd = [r["indicators"]["invertedGenerationalDistancePlus"] for r in runs]
        else:
            path = out / f"peers-morime-{name}" / "comparison.json"
            if not path.exists() or budget != 25000:
                continue
            report = json.loads(path.read_text())
            runs = report["runs"]
            exact = EXACT.get(name, report["referenceHypervolume"])
            ratio = [r["indicators"]["hypervolume"]["value"] / exact for r in runs]
            igd = None
        seconds = [r["seconds"] for r in runs]
        t_morime = median(seconds)
        igd_text = f"{median(igd):.4g}" if igd else "–"
        print(f"| {name} | {budget:,} | MORIME | {median(ratio):.4f} ({min(ratio):.4f}) | {igd_text} | {t_morime:.3f} | – | – |")
        for key, peer_runs in sorted(pymoo[name].items()):
            label, b = key.split("@")
            if int(b) != budget:
                continue
            if name == "yiwu":
                peer_ratio = [r["hypervolumeRatio"] for r in peer_runs]
                peer_igd = f"{median([r['igdPlus'] for r in peer_runs]):.4g}"
            else:
                exact = EXACT.get(name, report["referenceHypervolume"])
                peer_ratio = [r["hypervolume"] / exact for r in peer_runs]
                peer_igd = "–"
            t_peer = median([r["seconds"] for r in peer_runs])
            better = "yes" if median(ratio) >= median(peer_ratio) else "no"
            print(f"| {name} | {budget:,} | pymoo {label} | {median(peer_ratio):.4f} ({min(peer_ratio):.4f}) | {peer_igd} | "
                  f"{t_peer:.3f} | {t_peer / t_morime:.1f} | {better} |")
