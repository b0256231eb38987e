#!/usr/bin/env python3
"""Compares the calibrated model's S1/R1 allocations with the paper's Tables 4 and 5 (published).

Usage: nexus istp Models/henan.yaml --scenario S1,R1 --out OUT && python3 Data/henan/compare_tables45.py OUT
Table 4: the surface-water target W per sector and period (our W interval over the two submodels against the
printed value or interval). Table 5: groundwater per sector and period, only for the rows whose three cells
are unambiguous (three printed values); the garbled rows 1, 19, 26, 30, 38 are skipped.
Prints, per table, the number of cells, the median relative difference of the midpoints and how many cells
are within 5 % and within 10 %.
"""
import csv, os, re, statistics, sys

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]

def tokens(text):
    return [(float(a), float(b)) if a else (float(c), float(c))
            for a, b, c in re.findall(r"\[([\d.,]+);\s*([\d.,]+)\]|([\d.]+)", text.replace(",", ""))]

ours = {}
for row in csv.DictReader(open(f"{out}/henan_S1_R1_allocations.csv")):
    if row["level"] == "low":
        ours[(int(row["sector"][1:]), row["period"])] = row

def compare(name, pairs):
    diffs = [abs((o[0] + o[1]) / 2 - (p[0] + p[1]) / 2) / ((p[0] + p[1]) / 2) for o, p in pairs if p[0] + p[1] > 0]
    within = lambda x: sum(d <= x for d in diffs)
    print(f"{name}: {len(diffs)} cells, median |relative difference| {100 * statistics.median(diffs):.1f} %, "
          f"within 5 %: {within(0.05)}, within 10 %: {within(0.10)}, largest {100 * max(diffs):.0f} %")

pairs = []
for row in csv.DictReader(open(f"{here}/table4_surface_targets.csv")):
    i = int(row["sector"])
    for t in ("t1", "t2", "t3"):
        if not row[t] or i == 38:
            continue  # row 38 is garbled ([240.58, 75.72]); row 18 lost its period-1 cell
        o = ours[(i, t)]
        pairs.append(((float(o["target_lo"]), float(o["target_hi"])), tokens(row[t])[0]))
compare("Table 4 (surface-water target W)", pairs)

pairs = []
for row in csv.DictReader(open(f"{here}/table5_printed.csv")):
    i, tk = int(row["sector"]), tokens(row["printed"])
    if len(tk) != 3 or i in (1, 19, 26, 30, 38):
        continue
    for t, p in zip(("t1", "t2", "t3"), tk):
        o = ours[(i, t)]
        pairs.append(((float(o["groundwater_lo"]), float(o["groundwater_hi"])), p))
compare("Table 5 (groundwater, unambiguous rows)", pairs)
