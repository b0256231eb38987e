#!/usr/bin/env bash
# MORIME (nexus compare, release build) against pymoo's NSGA-II at the same budget: population 100,
# 25 000 evaluations (250 generations), seeds 1..5, on ZDT1, ZDT2 and DTLZ2 (3 objectives, 12 variables).
# MORIME runs with its default w = 2 (one thread and all cores) and with RIME.m's w = 5 (one thread).
# Hypervolume reference (1, ..., 1); exact values ZDT1 2/3, ZDT2 1/3, DTLZ2 1 − π/6.
# Needs: python3 with pymoo (pip install pymoo). Output: Benchmarks/morime/out/ and a summary on stdout.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
seeds=1,2,3,4,5
args=()
for problem in zdt1 zdt2 dtlz2; do
  for threads in 1 0; do
    label="$problem-threads$threads"
    read -ra flag <<< "$(thread_flag "$threads")"
    "$nexus" compare --problem "$problem" --budget 25000 --population 100 --archive 100 --seed 1 --runs 5 \
      "${flag[@]}" --json --out "$out/morime-$label" > /dev/null
  done
  # RIME.m's step schedule (w = 5) for comparison with MORIME's default w = 2, one thread.
  "$nexus" compare --problem "$problem" --budget 25000 --population 100 --archive 100 --seed 1 --runs 5 \
    --threads 1 --segments 5 --json --out "$out/morime-$problem-w5" > /dev/null
  args+=("$problem=$out/morime-$problem-threads0")
done
python3 "$here/nsga2_pymoo.py" zdt1,zdt2,dtlz2 "$seeds" "${args[@]}" > "$out/nsga2.json"
python3 "$here/summarize.py" "$out" | tee "$out/summary.txt"
