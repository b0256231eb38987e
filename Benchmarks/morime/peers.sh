#!/usr/bin/env bash
# MORIME against pymoo's NSGA-II and NSGA-III (Das–Dennis directions) at equal budgets, seeds 1..5, in one
# run: the Yiwu model (rate 90 %, scenario O, exported by `nexus compare --export-problem`) at 25 000 and
# 250 000 evaluations, and ZDT1–3, DTLZ1, DTLZ2 at 25 000. Population 100 everywhere; MORIME with its
# default archive 100, w = 2, one evaluation thread. Needs: python3 with pymoo (pip install pymoo).
# Output: Benchmarks/morime/out/peers-* and a summary table on stdout (peers_summary.py).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
seeds=1,2,3,4,5
"$nexus" compare Models/yiwu.yaml --rate 90 --export-problem "$out/yiwu-90.json" > /dev/null
for budget in 25000 250000; do
  "$nexus" compare Models/yiwu.yaml --rate 90 --budget "$budget" --population 100 --seed 1 --runs 5 \
    --threads 1 --quiet --out "$out/peers-morime-yiwu-$budget" > /dev/null
done
for problem in zdt1 zdt2 zdt3 dtlz1 dtlz2; do
  "$nexus" compare --problem "$problem" --budget 25000 --population 100 --archive 100 --seed 1 --runs 5 \
    --threads 1 --quiet --json --out "$out/peers-morime-$problem" > /dev/null
done
python3 "$here/peers_pymoo.py" yiwu 25000,250000 "$seeds" "$out/yiwu-90.json" > "$out/peers-pymoo-yiwu.json"
for problem in dtlz1 zdt1 dtlz2 zdt2 zdt3; do
  python3 "$here/peers_pymoo.py" "$problem" 25000 "$seeds" > "$out/peers-pymoo-$problem.json"
done
python3 "$here/peers_summary.py" "$out" | tee "$out/peers-summary.txt"
