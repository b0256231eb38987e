#!/usr/bin/env bash
# The model-file readers on one large model: the transportation LP with N × M columns (default 1000 × 1000 =
# 10^6 columns, 2 · 10^6 nonzeros), written once as free MPS and once as CPLEX LP, then read back by
# `Model.read` (fastest of REPEAT runs each), with GLPK's own readers (glpsol --check) as the peer, all in
# this run. Prints the seconds and the LP/MPS ratio.
# Usage: Benchmarks/foundation/readers.sh [N] [M] [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}; m=${2:-1000}; repeat=${3:-3}
swift build -c release --product nexus-benchmark 2>&1 | grep -E "error|Compiling|Build" | tail -1
bin=.build/release/nexus-benchmark
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" transport "$n" "$m" "$work/t.mps" > /dev/null
"$bin" transport "$n" "$m" "$work/t.lp" > /dev/null
ls -l "$work"/t.mps "$work"/t.lp | awk '{print $NF, $5, "bytes"}'
mps=$("$bin" read "$work/t.mps" "$repeat" | awk '/^read/ {print $2}')
lp=$("$bin" read "$work/t.lp" "$repeat" | awk '/^read/ {print $2}')
best() { local b=""; for _ in $(seq "$repeat"); do
  local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N)
  b=$(python3 -c "print(min(float('${b:-inf}'), $e - $s))"); done; echo "$b"; }
glpk_mps=$(best glpsol --check --freemps "$work/t.mps")
glpk_lp=$(best glpsol --check --lp "$work/t.lp")
printf "%-28s %10s %10s\n" reader "MPS s" "LP s"
printf "%-28s %10.3f %10.3f\n" "nexus Model.read" "$mps" "$lp"
printf "%-28s %10.3f %10.3f\n" "glpsol --check (GLPK 5.0)" "$glpk_mps" "$glpk_lp"
python3 -c "print(f'LP / MPS (nexus): {$lp / $mps:.2f}x   nexus LP / glpsol LP: {$lp / $glpk_lp:.2f}x')"
