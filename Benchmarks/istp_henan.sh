#!/usr/bin/env bash
# Times the two-step solution of all nine Henan scenarios (S0/S1/S2 x R1/R2/R3, two submodels each) with a
# release build, and prints the model sizes. Usage: Benchmarks/istp_henan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product nexus >/dev/null
bin=.build/release/nexus
model=Models/henan.yaml
echo "Henan ISTP: 40 sectors x 3 periods x 3 levels; each scenario = favourable + unfavourable submodel"
printf "%-8s %10s\n" scenario seconds
total_start=$(date +%s.%N)
for e in S0 S1 S2; do
  for r in R1 R2 R3; do
    start=$(date +%s.%N)
    "$bin" istp "$model" --scenario "$e,$r" --json >/dev/null
    end=$(date +%s.%N)
    printf "%-8s %10.3f\n" "$e,$r" "$(echo "$end - $start" | bc -l)"
  done
done
total_end=$(date +%s.%N)
printf "%-8s %10.3f\n" "all (one process each)" "$(echo "$total_end - $total_start" | bc -l)"
start=$(date +%s.%N)
"$bin" istp "$model" --all-scenarios --json >/dev/null
end=$(date +%s.%N)
printf "%-8s %10.3f\n" "--all-scenarios (one process)" "$(echo "$end - $start" | bc -l)"
echo
echo "Model sizes (columns x rows, nonzeros) per submodel:"
"$bin" istp "$model" --all-scenarios --sizes
