#!/usr/bin/env python3
"""Solve MPS or LP files with HiGHS (highspy) and print one JSON line per file.

Usage: highs_solve.py [--duals] FILE [FILE ...]
Prints {"status", "objective" (offset included), "sense", "offset", "columns", "rows", "integers", "file"};
with --duals also "row_duals" and "reduced_costs", each a map from row or column name to HiGHS's value
(an LP with a dual solution only; HiGHS's signs, as it reports them).
With several files, one line per file in the order given (one process for a whole batch). Exit code 2
when HiGHS cannot read a file. Used by the tests to check models with an independent solver
(pip install highspy).
"""
import json
import math
import sys

import highspy


def dual_values(highs) -> dict:
    """Row duals and reduced costs by name, when HiGHS has a dual solution."""
    solution = highs.getSolution()
    if not solution.dual_valid:
        return {}
    lp = highs.getLp()
    return {
        "row_duals": dict(zip(lp.row_names_, solution.row_dual)),
        "reduced_costs": dict(zip(lp.col_names_, solution.col_dual)),
    }


def solve(path: str, duals: bool = False) -> dict:
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("mip_rel_gap", 0.0)
    if highs.readModel(path) != highspy.HighsStatus.kOk:
        return {"status": "read error", "file": path}
    highs.run()
    lp = highs.getLp()
    integrality = list(lp.integrality_) if lp.integrality_ is not None else []
    objective = highs.getInfo().objective_function_value
    result = {
        "status": highs.modelStatusToString(highs.getModelStatus()),
        "objective": objective if math.isfinite(objective) else None,  # JSON has no infinity
        "sense": "maximize" if lp.sense_ == highspy.ObjSense.kMaximize else "minimize",
        "offset": lp.offset_,
        "columns": lp.num_col_,
        "rows": lp.num_row_,
        "integers": sum(1 for kind in integrality if kind == highspy.HighsVarType.kInteger),
        "file": path,
    }
    if duals:
        result.update(dual_values(highs))
    return result


def main() -> int:
    code = 0
    arguments = sys.argv[1:]
    duals = "--duals" in arguments
    for path in (a for a in arguments if a != "--duals"):
        result = solve(path, duals)
        if result["status"] == "read error":
            code = 2
        print(json.dumps(result), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
