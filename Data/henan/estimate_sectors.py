#!/usr/bin/env python3
"""Writes sectors.csv: the estimated per-sector, per-period parameters of the Henan case.

Every value written here is `estimated` except those listed in the `published` column of a row.
Rules (each row's `reason` column repeats the rule used):
  * baseline water use B = surface (Table 4, interval midpoint) + groundwater + diverted water (Table 5 as
    interpreted below, interval midpoints): the published optimized allocation of the S1/R1 low level;
  * requirement REQ = B x [1.05, 1.16] (the relative width of the one published requirement, sector 1,
    period 1: 644.75/583.34 = 1.105); sector 1 carries its published [583.34, 644.75] to periods 2-3;
  * surface target W = [0.9, 1.1] x Table 4 surface allocation;
  * net benefit NB = value added per m3 of water by sector class (Henan/China statistical yearbook order of
    magnitude), x [1 - d, 1 + d] with d the benefit_spread of calibration.csv (raw estimate 0.08), +4 % per period; sector 1 period 1 is published ([13.47, 15.60] RMB/m3);
  * penalty PEN = [1.3 NB-, 1.5 NB+] (a shortage costs more than the benefit it loses);
  * wastewater ratio ww and reuse ratio rr by sector class; ww x [0.95, 1.05]; rr rises 0.05 per period
    (the text: the recycle rate increases from period 1 to 3);
  * benefit scale: the class estimates of NB and PEN (all sectors but sector 1, whose benefit is the published
    period-1 value and its +4 % trend) are multiplied by the `benefit_scale` of calibration.csv, the value
    fitted by `nexus istp Models/henan.yaml --calibration Data/henan` (tag derived there).
Run: python3 estimate_sectors.py > sectors.csv
"""
import csv, re, sys

NAMES = ["Mining and washing of coal", "Extraction of petroleum and natural gas",
 "Mining and processing of ferrous metal ores", "Mining and processing of non-ferrous metal ores",
 "Mining and processing of nonmetal ores", "Support activities for mining",
 "Processing of food from agricultural products", "Manufacture of foods",
 "Manufacture of liquor, beverages and refined tea", "Manufacture of tobacco", "Manufacture of textile",
 "Manufacture of textile wearing apparel", "Manufacture of leather, fur and feather",
 "Processing of timber and wood products", "Manufacture of furniture", "Manufacture of paper and paper products",
 "Printing and reproduction of recording media", "Manufacture of articles for culture, education and sport",
 "Processing of petroleum, coking and nuclear fuel", "Manufacture of raw chemical materials and chemical products",
 "Manufacture of medicines", "Manufacture of chemical fibres", "Manufacture of rubber and plastics products",
 "Manufacture of non-metallic mineral products", "Smelting and pressing of ferrous metals",
 "Smelting and pressing of non-ferrous metals", "Manufacture of metal products",
 "Manufacture of general purpose machinery", "Manufacture of special purpose machinery",
 "Manufacture of automobiles", "Manufacture of railway, ship, aerospace and other transport equipment",
 "Manufacture of electrical machinery and apparatus", "Manufacture of computers, communication and other electronic equipment",
 "Manufacture of measuring instruments and machinery", "Other manufacture", "Utilization of waste resources",
 "Repair of metal products, machinery and equipment", "Production and supply of electric power and heat power",
 "Production and supply of gas", "Production and distribution of water"]
# Value added per m3 of water (RMB/m3), period 1, by sector class (estimated).
NB = [14.5, 150, 60, 80, 90, 200, 150, 180, 160, 2000, 120, 500, 300, 250, 600, 40, 500, 700, 60, 50,
      300, 80, 400, 150, 50, 70, 400, 700, 700, 800, 600, 900, 1000, 1200, 400, 150, 800, 15, 200, 3]
# Wastewater per unit of water used (estimated by class).
WW = [0.5, 0.5, 0.5, 0.5, 0.5, 0.4, 0.6, 0.6, 0.6, 0.4, 0.7, 0.5, 0.7, 0.4, 0.4, 0.8, 0.5, 0.4, 0.5, 0.5,
      0.6, 0.6, 0.4, 0.3, 0.3, 0.3, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.4, 0.4, 0.5, 0.4, 0.05, 0.3, 0.05]
# Reuse ratio of wastewater in period 1 (estimated by class).
RR = [0.3, 0.3, 0.3, 0.3, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.2, 0.2, 0.2, 0.2, 0.4, 0.2, 0.2, 0.4, 0.4,
      0.3, 0.4, 0.3, 0.3, 0.5, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.2, 0.4, 0.2, 0.6, 0.3, 0.1]

def tokens(text):
    out = []
    for m in re.finditer(r"\[([\d.]+);\s*([\d.]+)\]|([\d.]+)", text):
        out.append((float(m.group(1)), float(m.group(2))) if m.group(1) else (float(m.group(3)),) * 2)
    return out

def mid(x): return (x[0] + x[1]) / 2

here = sys.argv[1] if len(sys.argv) > 1 else "."
surface = {}
for row in csv.DictReader(open(f"{here}/table4_surface_targets.csv")):
    vals = [tokens(row[t])[0] if row[t] else None for t in ("t1", "t2", "t3")]
    if int(row["sector"]) == 38:
        vals[0] = (240.58, 275.72)  # printed [240.58, 75.72]
    if vals[0] is None:
        vals[0] = (vals[1][0] * 1.02,) * 2  # i = 18: period-1 value lost; period-2 trend extrapolated
    surface[int(row["sector"])] = [mid(v) for v in vals]
ground, diverted, note5 = {}, {}, {}
for row in csv.DictReader(open(f"{here}/table5_printed.csv")):
    i, tk = int(row["sector"]), tokens(row["printed"])
    d = [0.0, 0.0, 0.0]
    if i == 1:
        g = [mid(tk[0])] * 3; d = [mid(tk[1]), mid(tk[2]), mid(tk[3])]
        note5[i] = "Table 5 row 1 read as groundwater t1 (carried to t2-t3) and diverted 8.9/[133.6;152.1]/[123;141.2]"
    elif i == 26:
        g = [17.16] * 3; d = [mid(tk[1]), mid(tk[2]), mid(tk[3])]
        note5[i] = "Table 5 row 26 read with the text: groundwater 17.16; diverted 66.86/49.15/[67.94;87]"
    elif i == 38:
        g = [mid(x) for x in tk[:3]]; d = [mid(tk[3]), 0, 0]
        note5[i] = "Table 5 row 38: diverted [0;34.16] assigned to period 1"
    else:
        g = [mid(x) for x in tk[:3]]
    ground[i], diverted[i] = g, d

scale, spread = 1.0, 0.08
for row in csv.DictReader(open(f"{here}/calibration.csv")):
    if row["parameter"] == "benefit_scale":
        scale = float(row["value_lo"])
    if row["parameter"] == "benefit_spread":
        spread = float(row["value_lo"])

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["sector", "name", "period", "req_lo", "req_hi", "nb_lo", "nb_hi", "pen_lo", "pen_hi", "ww_lo", "ww_hi",
            "rr_lo", "rr_hi", "w_lo", "w_hi", "tag", "published", "reason"])
for i in range(1, 41):
    for t in range(3):
        B = surface[i][t] + ground[i][t] + diverted[i][t]
        reason = "estimated per estimate_sectors.py"
        published = ""
        if i == 1:
            req = (583.34, 644.75)
            if t == 0: published = "req;nb"; reason = "req and nb published (text, sector 1 period 1); others estimated"
        else:
            req = (1.05 * B, 1.16 * B)
        if i == 1:
            nb = (13.47 * 1.04 ** t, 15.60 * 1.04 ** t)
        else:
            nb = (scale * NB[i-1] * (1 - spread) * 1.04 ** t, scale * NB[i-1] * (1 + spread) * 1.04 ** t)
            reason += f"; nb and pen x benefit_scale {scale}, nb spread {spread} (calibration.csv)"
        pen = (1.3 * nb[0], 1.5 * nb[1])
        ww = (WW[i-1] * 0.95, WW[i-1] * 1.05)
        rr = min(RR[i-1] + 0.05 * t, 0.9)
        wl, wh = 0.9 * surface[i][t], 1.1 * surface[i][t]
        if i in note5: reason += "; " + note5[i]
        f = lambda x: f"{x:.4f}"
        w.writerow([f"s{i:02d}", NAMES[i-1], f"t{t+1}", f(req[0]), f(req[1]), f(nb[0]), f(nb[1]), f(pen[0]), f(pen[1]),
                    f(ww[0]), f(ww[1]), f(rr), f(rr), f(wl), f(wh), "estimated", published, reason])
