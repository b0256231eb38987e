#!/usr/bin/env bash
# MORIME on the Yiwu allocation model (Models/yiwu.yaml, rate 90 %, scenario O) against its exact GLPK
# front: `nexus compare MODEL` in release, population 100, archive 100, 25 000 evaluations, seeds 1..5,
# once with one evaluation thread and once with every core forced. Prints evaluations per second (evaluations over
# the run's wall time, hypervolume checkpoints excluded), the hypervolume ratio and the evaluations to
# 99 % of the exact hypervolume; with pymoo installed, also re-measures both fronts' hypervolumes with
# pymoo (same normalization and reference point) as a cross-check. Output: Benchmarks/morime/out/yiwu-*.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
for threads in 1 0; do
  read -ra flag <<< "$(thread_flag "$threads")"
  "$nexus" compare Models/yiwu.yaml --rate 90 --budget 25000 --population 100 --seed 1 --runs 5 \
    "${flag[@]}" --out "$out/yiwu-threads$threads" > /dev/null
done
python3 "$here/yiwu_summary.py" "$out" | tee "$out/yiwu-summary.txt"
