#!/usr/bin/env python3
"""Summary table of Benchmarks/morime/out: medians over seeds of hypervolume and wall time."""
import json
import math
import statistics
import sys
from pathlib import Path

EXACT = {"zdt1": 2 / 3, "zdt2": 1 / 3, "dtlz2": 1 - math.pi / 6}

out = Path(sys.argv[1])
nsga2 = json.loads((out / "nsga2.json").read_text())
print(f"{'problem':8} {'algorithm':26} {'HV median':>10} {'HV/exact':>9} {'min ratio':>9} {'time median s':>13}")
for name in ["zdt1", "zdt2", "dtlz2"]:
    exact = EXACT[name]
    rows = []
    for folder, label in [("threads1", "MORIME 1 thread"), ("threads0", "MORIME all cores (forced)"),
                          ("w5", "MORIME w=5 (RIME.m)")]:
        report = json.loads((out / f"morime-{name}-{folder}" / "comparison.json").read_text())
        hv = [run["indicators"]["hypervolume"]["value"] for run in report["runs"]]
        seconds = [run["seconds"] for run in report["runs"]]
        rows.append((label, hv, seconds))
    runs = nsga2[name]["nsga2"]
    rows.append(("pymoo NSGA-II", [r["hypervolume"] for r in runs], [r["seconds"] for r in runs]))
    for label, hv, seconds in rows:
        print(f"{name:8} {label:26} {statistics.median(hv):10.6f} {statistics.median(hv) / exact:9.4f} "
              f"{min(hv) / exact:9.4f} {statistics.median(seconds):13.4f}")
    t_morime = statistics.median(rows[0][2])
    t_nsga = statistics.median(rows[3][2])
    cross = nsga2[name].get("morime_hypervolume_by_pymoo", {})
    swift_hv = {str(run["seed"]): run["indicators"]["hypervolume"]["value"]
                for run in json.loads((out / f"morime-{name}-threads0" / "comparison.json").read_text())["runs"]}
    worst = max((abs(cross[s] - swift_hv[s]) for s in cross), default=float("nan"))
    print(f"{name:8} wall-time ratio NSGA-II / MORIME (1 thread) = {t_nsga / t_morime:.2f}; "
          f"max |HV Swift − HV pymoo| on MORIME fronts = {worst:.2e}")
