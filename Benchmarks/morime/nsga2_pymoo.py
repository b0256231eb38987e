#!/usr/bin/env python3
"""pymoo NSGA-II (population 100, 250 generations = 25 000 evaluations) on ZDT1/ZDT2/DTLZ2, one run per seed.

Prints one JSON object: per problem and seed the wall time of `minimize` and the hypervolume of the final
nondominated set with reference (1, ..., 1) (pymoo's exact HV), plus the hypervolume that pymoo's HV gives
for the MORIME fronts written by `nexus compare --out` (a cross-check of the Swift hypervolume).
"""
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np
from pymoo.algorithms.moo.nsga2 import NSGA2
from pymoo.indicators.hv import HV
from pymoo.optimize import minimize
from pymoo.problems import get_problem

PROBLEMS = {"zdt1": lambda: get_problem("zdt1"), "zdt2": lambda: get_problem("zdt2"),
            "dtlz2": lambda: get_problem("dtlz2", n_var=12, n_obj=3)}


def hypervolume(points, m):
    points = np.asarray(points, dtype=float).reshape(-1, m)
    return float(HV(ref_point=np.ones(m))(points)) if len(points) else 0.0


def main():
    problems = sys.argv[1].split(",")
    seeds = [int(s) for s in sys.argv[2].split(",")]
    morime_dirs = dict(arg.split("=", 1) for arg in sys.argv[3:])
    result = {}
    for name in problems:
        problem = PROBLEMS[name]()
        runs = []
        for seed in seeds:
            start = time.perf_counter()
            res = minimize(problem, NSGA2(pop_size=100), ("n_gen", 250), seed=seed, verbose=False)
            seconds = time.perf_counter() - start
            runs.append({"seed": seed, "seconds": seconds, "evaluations": int(res.algorithm.evaluator.n_eval),
                         "hypervolume": hypervolume(res.F, problem.n_obj), "front_size": int(len(res.F))})
        entry = {"nsga2": runs}
        if name in morime_dirs:
            entry["morime_hypervolume_by_pymoo"] = {}
            for path in sorted(Path(morime_dirs[name]).glob("front_seed*.csv")):
                with open(path) as handle:
                    rows = [[float(v) for v in row] for row in list(csv.reader(handle))[1:] if row]
                entry["morime_hypervolume_by_pymoo"][path.stem.removeprefix("front_seed")] = hypervolume(rows, problem.n_obj)
        result[name] = entry
    print(json.dumps(result, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
