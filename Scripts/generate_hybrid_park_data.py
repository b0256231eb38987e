#!/usr/bin/env python3
"""Generate the synthetic operating data of Models/network/hybrid_park.yaml (no plant data are available).

Mechanistic models (documented, with made-up but plausible parameters), plus seeded Gaussian noise:

* Clarifier SS removal against throughput Q (t/h), ideal-settling (Hazen) form: a settling basin of area A
  removes particles settling faster than the overflow rate Q/A; with an exponential distribution of settling
  velocities the removed fraction is  r(Q) = r_max * (1 - exp(-Q0 / Q)),  r_max = 0.95, Q0 = A * v = 150 t/h.
  Noise: N(0, 0.015), result clipped to [0, 1].  File: Data/network/hybrid_park_clarifier.csv
* Gas-washing SS pick-up against scrubbing-water flow F (t/h), first-order capture of a dust stream of
  L_max = 9 kg/h:  L(F) = L_max * (1 - exp(-F / F0)),  F0 = 40 t/h.  Noise: N(0, 0.25) kg/h, clipped at 0.
  File: Data/network/hybrid_park_gas_washing.csv

Every row is tagged `synthetic`. Run from the repository root: python3 Scripts/generate_hybrid_park_data.py
(the files are rewritten identically: random.seed fixes the noise).
"""
import math
import random


def write(path, header_comment, column, rows):
    with open(path, "w") as out:
        out.write(f"# {header_comment}\n")
        out.write(f"flow,{column},tag,source\n")
        for flow, value in rows:
            out.write(f"{flow:.1f},{value:.4f},synthetic,Scripts/generate_hybrid_park_data.py\n")


def main():
    random.seed(18)
    clarifier = []
    for n in range(40):
        q = 20 + 130 * n / 39
        r = 0.95 * (1 - math.exp(-150 / q)) + random.gauss(0, 0.015)
        clarifier.append((q, min(max(r, 0), 1)))
    write("Data/network/hybrid_park_clarifier.csv",
          "Synthetic clarifier SS removal: r = 0.95(1 - exp(-150/Q)) + N(0, 0.015), seed 18 (Scripts/generate_hybrid_park_data.py)",
          "removal", clarifier)
    washing = []
    for n in range(40):
        f = 20 + 100 * n / 39
        load = 9 * (1 - math.exp(-f / 40)) + random.gauss(0, 0.25)
        washing.append((f, max(load, 0)))
    write("Data/network/hybrid_park_gas_washing.csv",
          "Synthetic gas-washing SS load: L = 9(1 - exp(-F/40)) + N(0, 0.25) kg/h, seed 18 (Scripts/generate_hybrid_park_data.py)",
          "load", washing)


if __name__ == "__main__":
    main()
