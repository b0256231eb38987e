#!/usr/bin/env python3
"""pymoo NSGA-II and NSGA-III (Das–Dennis reference directions) at fixed evaluation budgets, seeds in one run.

Usage: peers_pymoo.py PROBLEMS BUDGETS SEEDS [YIWU_JSON]
  PROBLEMS  comma-separated: zdt1, zdt2, zdt3, dtlz1, dtlz2 and/or yiwu (needs YIWU_JSON)
  BUDGETS   comma-separated evaluation budgets (population 100, generations = budget / 100)
  SEEDS     comma-separated seeds
  YIWU_JSON the model exported by `nexus compare Models/yiwu.yaml --export-problem FILE`

Test problems: hypervolume with reference (1, ..., 1) without normalization (pymoo's exact HV).
Yiwu: the exported rows and objectives, evaluated vectorized; the violation is the one MORIME uses
(row and bound excess plus integrality, 0 at or below the tolerance), handed to pymoo as one inequality
G = violation ≤ 0, so the survival and the tournament follow Deb's constrained dominance. Each peer runs
twice on Yiwu (the second only at the first budget): without repair, and with MORIME's repair (rounding, then cyclic projection onto violated
rows through the continuous variables) as a pymoo Repair. Indicators of the feasible nondominated final
points, normalized like `nexus compare`: hypervolume over the continuous exact front's, IGD+ against
the exact points. Prints one JSON object.
"""
import json
import sys
import time

import numpy as np
from pymoo.algorithms.moo.nsga2 import NSGA2
from pymoo.algorithms.moo.nsga3 import NSGA3
from pymoo.core.problem import Problem
from pymoo.core.repair import Repair
from pymoo.indicators.hv import HV
from pymoo.optimize import minimize
from pymoo.problems import get_problem
from pymoo.util.nds.non_dominated_sorting import NonDominatedSorting
from pymoo.util.ref_dirs import get_reference_directions

POPULATION = 100
TEST_PROBLEMS = {"zdt1": lambda: get_problem("zdt1"), "zdt2": lambda: get_problem("zdt2"),
                 "zdt3": lambda: get_problem("zdt3"), "dtlz1": lambda: get_problem("dtlz1", n_var=7, n_obj=3),
                 "dtlz2": lambda: get_problem("dtlz2", n_var=12, n_obj=3)}


class ExportedModel(Problem):
    """The exported linear model: minimized objectives and MORIME's total violation as one constraint."""

    def __init__(self, doc):
        self.doc = doc
        n = len(doc["variables"])
        self.C = np.array([o["coefficients"] for o in doc["objectives"]])
        self.c0 = np.array([o["constant"] for o in doc["objectives"]])
        self.A = np.zeros((len(doc["rows"]), n))
        for r, row in enumerate(doc["rows"]):
            self.A[r, row["columns"]] = row["values"]
        inf = lambda v, s: s * np.inf if v is None else v
        self.row_lo = np.array([inf(row.get("lower"), -1) for row in doc["rows"]])
        self.row_up = np.array([inf(row.get("upper"), 1) for row in doc["rows"]])
        self.col_lo = np.array([inf(v, -1) for v in doc["modelLower"]])
        self.col_up = np.array([inf(v, 1) for v in doc["modelUpper"]])
        self.integral = np.array(doc["integral"], dtype=bool)
        super().__init__(n_var=n, n_obj=len(doc["objectives"]), n_ieq_constr=1,
                         xl=np.array(doc["searchLower"]), xu=np.array(doc["searchUpper"]))

    def violation(self, X):
        act = X @ self.A.T
        v = (np.maximum(0, self.row_lo - act) + np.maximum(0, act - self.row_up)).sum(axis=1)
        v += (np.maximum(0, self.col_lo - X) + np.maximum(0, X - self.col_up)).sum(axis=1)
        v += np.abs(X - np.round(X))[:, self.integral].sum(axis=1)
        return np.where(v <= self.doc["feasibilityTolerance"], 0.0, v)

    def _evaluate(self, X, out, *args, **kwargs):
        out["F"] = X @ self.C.T + self.c0
        out["G"] = self.violation(X)[:, None]


class ProjectionRepair(Repair):
    """MORIME's repair (LinearModelProblem.repair), vectorized over the population: clip, round the
    integral variables, cyclic projection sweeps onto violated rows moving only continuous variables
    that can move that way, clipping after each row; clip again."""

    def _do(self, problem, X, **kwargs):
        lo, up = problem.xl, problem.xu
        X = np.clip(X, lo, up)
        integral = problem.integral
        X[:, integral] = np.clip(np.round(X[:, integral]), np.ceil(lo[integral]), np.floor(up[integral]))
        for _ in range(problem.doc["repairSweeps"]):
            moved = False
            for r in range(problem.A.shape[0]):
                a = problem.A[r]
                act = X @ a
                tol = 1e-9 * (1 + np.abs(act))
                target = np.where(act < problem.row_lo[r] - tol, problem.row_lo[r],
                                  np.where(act > problem.row_up[r] + tol, problem.row_up[r], np.nan))
                active = ~np.isnan(target)
                if not active.any():
                    continue
                direction = np.where(active, target - act, 0.0)
                upward = (a[None, :] > 0) == (direction[:, None] > 0)
                can = (~integral)[None, :] & (a[None, :] != 0) & np.where(upward, X < up, X > lo)
                weight = (can * a[None, :] ** 2).sum(axis=1)
                ok = active & (weight > 0)
                if not ok.any():
                    continue
                step = np.where(ok, direction / np.where(weight > 0, weight, 1), 0.0)
                X = np.where(can & ok[:, None], np.clip(X + step[:, None] * a[None, :], lo, up), X)
                moved = True
            if not moved:
                break
        return np.clip(X, lo, up)


def algorithm(name, n_obj, repair=None):
    kwargs = {"repair": repair} if repair is not None else {}
    if name == "nsga2":
        return NSGA2(pop_size=POPULATION, **kwargs)
    partitions = 99 if n_obj == 2 else 12  # 100 or 91 Das–Dennis directions
    return NSGA3(ref_dirs=get_reference_directions("das-dennis", n_obj, n_partitions=partitions),
                 pop_size=POPULATION, **kwargs)


def igd_plus(points, reference):
    if len(points) == 0:
        return float("inf")
    d = np.maximum(points[None, :, :] - reference[:, None, :], 0)
    return float(np.sqrt((d ** 2).sum(axis=2)).min(axis=1).mean())


def feasible_front(res, problem):
    """The feasible nondominated points of the final population (pymoo's res.F is its optimum set)."""
    F = res.pop.get("F")
    feasible = res.pop.get("CV")[:, 0] <= 0
    F = F[feasible]
    if len(F) == 0:
        return F
    return F[NonDominatedSorting().do(F, only_non_dominated_front=True)]


def main():
    problems = sys.argv[1].split(",")
    budgets = [int(b) for b in sys.argv[2].split(",")]
    seeds = [int(s) for s in sys.argv[3].split(",")]
    doc = json.loads(open(sys.argv[4]).read()) if len(sys.argv) > 4 else None
    result = {}
    for name in problems:
        if name == "yiwu":
            problem = ExportedModel(doc)
            variants = [("nsga2", None), ("nsga3", None), ("nsga2+repair", ProjectionRepair()),
                        ("nsga3+repair", ProjectionRepair())]
            ideal, nadir = np.array(doc["ideal"]), np.array(doc["nadir"])
            norm = lambda F: (F - ideal) / np.where(nadir > ideal, nadir - ideal, 1)
            hv = HV(ref_point=np.array(doc["referencePoint"]))
            exact = norm(np.array(doc["exactPoints"]))
        else:
            problem = TEST_PROBLEMS[name]()
            variants = [("nsga2", None), ("nsga3", None)]
            norm = lambda F: F
            hv = HV(ref_point=np.ones(problem.n_obj))
            exact = None
        entries = {}
        for label, repair in variants:
            for budget in budgets:
                if repair is not None and budget != budgets[0]:
                    continue  # the repair variants only at the first budget (time)
                runs = []
                for seed in seeds:
                    algo = algorithm(label.split("+")[0], problem.n_obj, repair)
                    start = time.perf_counter()
                    res = minimize(problem, algo, ("n_eval", budget), seed=seed, verbose=False)
                    seconds = time.perf_counter() - start
                    front = norm(feasible_front(res, problem)) if name == "yiwu" else res.F
                    run = {"seed": seed, "seconds": seconds, "evaluations": int(res.algorithm.evaluator.n_eval),
                           "hypervolume": float(hv(front)) if len(front) else 0.0, "frontSize": int(len(front))}
                    if name == "yiwu":
                        run["hypervolumeRatio"] = run["hypervolume"] / doc["continuousHypervolume"]
                        run["igdPlus"] = igd_plus(front, exact)
                    runs.append(run)
                entries[f"{label}@{budget}"] = runs
                print(f"{name} {label} {budget}: done", file=sys.stderr, flush=True)
        result[name] = entries
    print(json.dumps(result, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
