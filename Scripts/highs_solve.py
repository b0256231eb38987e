#!/usr/bin/env python3
"""Solve MPS or LP files with HiGHS (highspy) and print one JSON line per file.

Usage: highs_solve.py [--solution] FILE [FILE ...]
Prints {"status", "objective" (offset included), "sense", "offset", "columns", "rows", "integers", "file"};
with --solution also "values" (by column name, when HiGHS has a primal solution) and "row_duals" and
"reduced_costs" (by row and column name, an LP with a dual solution only; HiGHS's signs, as it reports them).
With several files, one line per file in the order given (one process for a whole batch). Exit code 2
when HiGHS cannot read a file. Used by the tests to check models with an independent solver
(pip install highspy).
"""
import json
import math
import sys

import highspy


def solution_values(highs) -> dict:
    """Column values, row duals and reduced costs by name, as far as HiGHS has them."""
    solution = highs.getSolution()
    lp = highs.getLp()
    result = {}
    if solution.value_valid:
        result["values"] = dict(zip(lp.col_names_, solution.col_value))
    if solution.dual_valid:
        result["row_duals"] = dict(zip(lp.row_names_, solution.row_dual))
        result["reduced_costs"] = dict(zip(lp.col_names_, solution.col_dual))
    return result


def solve(path: str, with_solution: bool = False) -> dict:
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
    if with_solution:
        result.update(solution_values(highs))
    return result


def main() -> int:
    code = 0
    arguments = sys.argv[1:]
    with_solution = "--solution" in arguments
    for path in (a for a in arguments if a != "--solution"):
        result = solve(path, with_solution)
        if result["status"] == "read error":
            code = 2
        print(json.dumps(result), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
