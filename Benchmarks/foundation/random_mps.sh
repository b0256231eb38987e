#!/usr/bin/env bash
# Random MPS models (Tests/WaterNexusTestSupport/RandomMPS.swift) solved by GLPK and by HiGHS:
# prints how many of N seeds agree, GLPK's statuses, the seeds GLPK only decided by retrying, and the
# wall time of the whole run (GLPK solves, one HiGHS process for all files, comparison).
# Usage: Benchmarks/foundation/random_mps.sh [N] [FIRST_SEED]     (default 1000 seeds from 1; needs: pip highspy)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000}
first=${2:-1}
python3 -c "import highspy" 2>/dev/null || python3 -m pip install -q highspy
swift build --build-tests >/dev/null
start=$(date +%s.%N)
NEXUS_HIGHS_INSTANCES=$count NEXUS_HIGHS_FIRST_SEED=$first \
  swift test --skip-build --filter HiGHSDifferentialTests/randomModelsAgreeWithHiGHS 2>&1 \
  | grep -E "random MPS seeds|↳ seed|✘|✔ Test run" || true
end=$(date +%s.%N)
echo "wall time: $(echo "$end - $start" | bc) s for $count seeds"
