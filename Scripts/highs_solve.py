#!/usr/bin/env python3
"""Solve MPS or LP files with HiGHS (highspy) and print one JSON line per file.

Usage: highs_solve.py FILE [FILE ...]
Prints {"status", "objective" (offset included), "sense", "offset", "columns", "rows", "integers", "file"}.
With several files, one line per file in the order given (one process for a whole batch). Exit code 2
when HiGHS cannot read a file. Used by the tests to check models with an independent solver
(pip install highspy).
"""
import json
import math
import sys

import highspy


def solve(path: str) -> dict:
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("mip_rel_gap", 0.0)
    if highs.readModel(path) != highspy.HighsStatus.kOk:
        return {"status": "read error", "file": path}
    highs.run()
    lp = highs.getLp()
    integrality = list(lp.integrality_) if lp.integrality_ is not None else []
    objective = highs.getInfo().objective_function_value
    return {
        "status": highs.modelStatusToString(highs.getModelStatus()),
        "objective": objective if math.isfinite(objective) else None,  # JSON has no infinity
        "sense": "maximize" if lp.sense_ == highspy.ObjSense.kMaximize else "minimize",
        "offset": lp.offset_,
        "columns": lp.num_col_,
        "rows": lp.num_row_,
        "integers": sum(1 for kind in integrality if kind == highspy.HighsVarType.kInteger),
        "file": path,
    }


def main() -> int:
    code = 0
    for path in sys.argv[1:]:
        result = solve(path)
        if result["status"] == "read error":
            code = 2
        print(json.dumps(result), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
