#!/usr/bin/env python3
"""The nexus-versus-SCIP table of Benchmarks/network/run.sh.

Usage: table.py FOLDER GAP METHOD... (METHOD: bnb, pmc or nmdt, the last two for the refine method; FOLDER holds <model>.<method>.json from `nexus network --json`,
<model>.scip.json from Scripts/scip_solve.py, <model>.err and, when the QCP was refused, <model>.qcp.err). The answers agree when nexus's lower bound is
at most SCIP's best solution, SCIP's dual bound at most nexus's verified design, neither claims infeasibility
against a solution of the other, and, when both claim optimality, the values differ by at most the gaps
(relative tolerance 1e-5 on top, for the solvers' feasibility tolerances).
"""
import glob
import json
import os
import sys

TOLERANCE = 1e-5


def load(path):
    try:
        with open(path) as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def agreement(nexus, scip, gap):
    """'yes', 'open' (SCIP decided nothing) or 'NO: …'."""
    slack = lambda v: TOLERANCE * max(1.0, abs(v))
    lb, ub, status = nexus.get("lowerBound"), nexus.get("upperBound"), nexus.get("status")
    primal, dual = scip.get("primal"), scip.get("dual")
    problems = []
    if status == "infeasible" and primal is not None:
        problems.append(f"nexus infeasible, SCIP found {primal:.6g}")
    if status != "infeasible" and primal is not None and lb is not None and lb > primal + slack(primal):
        problems.append(f"nexus LB {lb:.6g} > SCIP solution {primal:.6g}")
    if ub is not None:
        if scip.get("status") == "infeasible":
            problems.append(f"SCIP infeasible, nexus design {ub:.6g}")
        elif dual is not None and dual > ub + slack(ub):
            problems.append(f"SCIP dual {dual:.6g} > nexus design {ub:.6g}")
        if status == "optimal" and scip.get("status") == "optimal" and primal is not None \
                and abs(ub - primal) > gap * (abs(ub) + abs(primal)) + slack(ub):
            problems.append("optima differ beyond the gaps")
    if problems:
        return "NO: " + "; ".join(problems)
    return "open" if primal is None and scip.get("status") != "infeasible" else "yes"


def number(value):
    return "-" if value is None else f"{value:.6g}"


def main():
    folder, gap, relaxations = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    print("| model | method | nexus s | nexus status | nexus design | nexus LB | SCIP s | SCIP status | SCIP primal "
          "| SCIP dual | nexus/SCIP time | agree |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for path in sorted(glob.glob(os.path.join(folder, "*.err"))):
        name = os.path.basename(path)[:-4]
        if name.endswith(".qcp"):
            continue  # <model>.qcp.err holds why the QCP was refused; the model's own row reports it
        scip = load(os.path.join(folder, name + ".scip.json"))
        for relaxation in relaxations:
            nexus = load(os.path.join(folder, f"{name}.{relaxation}.json"))
            if nexus is None:
                with open(path) as handle:
                    message = handle.read().strip().splitlines()
                print(f"| {name} | {relaxation} | - | error: {message[-1] if message else '?'} | | | | | | | | |")
                continue
            if scip is None:
                refusal = os.path.join(folder, name + ".qcp.err")
                text = open(refusal).read() if os.path.exists(refusal) else ""
                reason = "no QCP" + (" (concave capex α·F^β)" if "concave capital cost" in text else "")
                cells = ["-", reason, "-", "-", "-", "n/a"]
            else:
                ratio = nexus["seconds"] / max(scip["seconds"], 1e-3)
                cells = [f"{scip['seconds']:.2f}", scip["status"], number(scip.get("primal")), number(scip.get("dual")),
                         f"{ratio:.2f}", agreement(nexus, scip, gap)]
            print(f"| {name} | {relaxation} | {nexus['seconds']:.2f} | {nexus['status']} | {number(nexus.get('upperBound'))} "
                  f"| {number(nexus.get('lowerBound'))} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
