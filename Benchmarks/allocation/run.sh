#!/usr/bin/env bash
# Allocation benchmark (release build): the whole default job, the exact Yiwu front at one rate, and,
# as the peer, MORIME at the paper's population (5000 agents) on the same model in the same run.
# The paper ran 100 000 iterations; we run ITER of them and extrapolate linearly (stated as such).
# Usage: Benchmarks/allocation/run.sh [REPEAT] [ITER]
set -euo pipefail
cd "$(dirname "$0")/../.."
repeat=${1:-3}
iterations=${2:-20}
swift build -c release --product nexus >/dev/null
nexus=.build/release/nexus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() { for _ in $(seq "$repeat"); do seconds "$@"; done | median; }

demo=$(timed $nexus demo --out "$work/demo")
vertices=$(timed $nexus pareto Models/yiwu.yaml --rate 90 --scenario O --method vertices)
grid=$(timed $nexus pareto Models/yiwu.yaml --rate 90 --scenario O --method augmecon2 --points 20)
budget=$((5000 * (iterations + 1)))
morime=$(seconds $nexus compare Models/yiwu.yaml --rate 90 --scenario O --population 5000 --archive 100 --budget $budget --runs 1)
points=$($nexus pareto Models/yiwu.yaml --rate 90 --scenario O --method vertices --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)['runs'][0]['front']))")
python3 - "$demo" "$vertices" "$grid" "$morime" "$iterations" "$points" <<'PY'
import sys
demo, vertices, grid, morime, iterations, points = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
paper = morime * 100000 / iterations
print(f"default job (nexus demo, 4 scenarios x 3 rates, exact fronts, choice, comparison): {demo:.2f} s  (goal < 5 s)")
print(f"exact front at 90 %, all nondominated extreme points ({points}): {vertices:.2f} s (whole command)")
print(f"exact front at 90 %, AUGMECON2 grid 20: {grid:.2f} s (whole command)")
print(f"peer: MORIME, 5000 agents x {iterations} iterations on the same model: {morime:.2f} s")
print(f"      extrapolated to the paper's 5000 x 100000: {paper:.0f} s (estimate, linear in iterations)")
print(f"ratio MORIME (paper setting, extrapolated) / exact extreme points: {paper / vertices:.0f}x")
PY
