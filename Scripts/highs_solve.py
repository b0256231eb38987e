#!/usr/bin/env python3
"""Solve an MPS or LP file with HiGHS (highspy) and print one JSON line.

Usage: highs_solve.py FILE
Prints {"status", "objective" (offset included), "sense", "offset", "columns", "rows", "integers"}.
Exit code 2 when HiGHS cannot read the file. Used by the file tests to check emitted files with an
independent solver (pip install highspy).
"""
import json
import sys

import highspy


def main() -> int:
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("mip_rel_gap", 0.0)
    if highs.readModel(sys.argv[1]) != highspy.HighsStatus.kOk:
        print(json.dumps({"status": "read error"}))
        return 2
    highs.run()
    lp = highs.getLp()
    integrality = list(lp.integrality_) if lp.integrality_ is not None else []
    print(json.dumps({
        "status": highs.modelStatusToString(highs.getModelStatus()),
        "objective": highs.getInfo().objective_function_value,
        "sense": "maximize" if lp.sense_ == highspy.ObjSense.kMaximize else "minimize",
        "offset": lp.offset_,
        "columns": lp.num_col_,
        "rows": lp.num_row_,
        "integers": sum(1 for kind in integrality if kind == highspy.HighsVarType.kInteger),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
