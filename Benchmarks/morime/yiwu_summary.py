#!/usr/bin/env python3
"""Evaluations per second and hypervolume of MORIME on the Yiwu model (Benchmarks/morime/out/yiwu-*)."""
import json
import statistics
import sys
from pathlib import Path

out = Path(sys.argv[1])
for threads, label in [("1", "1 thread"), ("0", "all cores (forced)")]:
    doc = json.loads((out / f"yiwu-threads{threads}" / "morime_vs_exact_90.json").read_text())
    comparison = doc["report"]["comparison"]
    runs = comparison["runs"]
    rates = [run["evaluations"] / run["seconds"] for run in runs]
    ratios = [run["indicators"]["hypervolumeRatio"] for run in runs]
    sample = [run["indicators"]["hypervolume"]["value"] / doc["report"]["sampleHypervolume"] for run in runs]
    reached = [run["evaluationsToTarget"] for run in runs if run.get("evaluationsToTarget") is not None]
    print(f"Yiwu 90 %, MORIME {label}: {statistics.median(rates):,.0f} evaluations/s median "
          f"(min {min(rates):,.0f}, max {max(rates):,.0f}); HV/exact median {statistics.median(ratios):.4f} "
          f"(min {min(ratios):.4f}, max {max(ratios):.4f}), HV/exact grid points median {statistics.median(sample):.4f}; "
          f"99 % reached in {len(reached)} of {len(runs)} runs")
    try:
        import itertools
        import numpy as np
        from pymoo.indicators.hv import HV
        from scipy.spatial import ConvexHull
    except ImportError:
        continue
    ideal = np.array(comparison["normalization"]["ideal"])
    nadir = np.array(comparison["normalization"]["nadir"])
    hv = HV(ref_point=np.array(comparison["referencePoint"]))
    norm = lambda points: (np.array(points) - ideal) / (nadir - ideal)
    exact = hv(norm(doc["report"]["exactFront"]))
    ref = np.array(comparison["referencePoint"])
    corners = [[ref[k] if m[k] else v[k] for k in range(3)]
               for v in norm(doc["report"]["extremePoints"]) for m in itertools.product([0, 1], repeat=3)]
    qhull = ConvexHull(np.array(corners)).volume
    worst = max(abs(hv(norm(run["front"])) - run["indicators"]["hypervolume"]["value"]) for run in runs)
    print(f"  cross-checks: continuous-front HV by Qhull {qhull:.9f} (Swift {comparison['referenceHypervolume']:.9f}); "
          f"exact grid points' HV by pymoo {exact:.9f} (Swift {doc['report']['sampleHypervolume']:.9f}); "
          f"max |HV Swift − HV pymoo| on MORIME fronts {worst:.2e}")
