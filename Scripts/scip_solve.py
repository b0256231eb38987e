#!/usr/bin/env python3
"""Solve an LP or MPS file (quadratic rows allowed) with SCIP (pyscipopt) and print one JSON line.

Usage: scip_solve.py FILE [--time-limit S] [--gap G] [--threads N] [--solution OUT.json]
Prints {"status", "scip_status", "primal", "dual", "gap", "seconds", "nodes"}:
  status  optimal (proven, or the relative gap G reached), infeasible, unbounded, timelimit,
          infeasible_or_unbounded, or SCIP's own word for anything else;
  primal  the best objective found (null without a feasible solution), e.g. the design cost;
  dual    SCIP's proven bound on the optimum (+/-1e20 when SCIP has none);
  gap     SCIP's relative gap |primal - dual| / min(|primal|, |dual|) (null without a solution).
With --solution, the best solution's variable values are written to OUT.json as {name: value}.
Exit code 2 when SCIP cannot read the file. Used by the network tests and benchmarks as an independent
check of nexus's certificates (pip install pyscipopt).
"""
import argparse
import json
import sys
import time

from pyscipopt import Model

STATUS = {"optimal": "optimal", "gaplimit": "optimal", "infeasible": "infeasible", "unbounded": "unbounded",
          "inforunbd": "infeasible_or_unbounded", "timelimit": "timelimit"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
    parser.add_argument("--gap", type=float, default=1e-4, help="relative gap at which to stop (default 1e-4)")
    parser.add_argument("--threads", type=int, default=1, help="LP threads (default 1)")
    parser.add_argument("--solution", help="write the best solution's values here as JSON {name: value}")
    args = parser.parse_args()
    model = Model()
    model.hideOutput()
    try:
        model.readProblem(args.file)
    except Exception as error:  # SCIP raises a plain Exception with its return code
        print(json.dumps({"status": "read error", "message": str(error)}))
        return 2
    model.setParam("limits/time", args.time_limit)
    model.setParam("limits/gap", args.gap)
    model.setParam("lp/threads", args.threads)
    start = time.perf_counter()
    model.optimize()
    seconds = time.perf_counter() - start
    raw = model.getStatus()
    has_solution = model.getNSols() > 0
    if args.solution:
        best = model.getBestSol() if has_solution else None
        values = {var.name: model.getSolVal(best, var) for var in model.getVars()} if best else {}
        with open(args.solution, "w") as out:
            json.dump(values, out, sort_keys=True)
    print(json.dumps({
        "status": STATUS.get(raw, raw),
        "scip_status": raw,
        "primal": model.getObjVal() if has_solution else None,
        "dual": model.getDualbound(),
        "gap": model.getGap() if has_solution else None,
        "seconds": round(seconds, 3),
        "nodes": model.getNNodes(),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
