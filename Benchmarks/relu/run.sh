#!/usr/bin/env bash
# ReLU embedding: nexus's big-M MILP (interval bounds per neuron) against OMLT's ReluBigMFormulation on the same
# trained network and problem; both LP files solved by SCIP, nexus's also by GLPK. Needs: pip install omlt pyomo pyscipopt.
# Usage: Benchmarks/relu/run.sh [HIDDEN ...]   (default: 8 16 8,8 16,16)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product nexus-benchmark >/dev/null
bench=$(swift build -c release --show-bin-path)/nexus-benchmark
data=Data/network/hybrid_park_clarifier.csv
printf "| hidden | nexus vars / binaries / rows | OMLT vars / binaries / rows | nexus GLPK s | SCIP on nexus s | SCIP on OMLT s | objective nexus / OMLT (SCIP) | validation RMSE |\n|---|---|---|---|---|---|---|---|\n"
for hidden in "${@:-8 16 8,8 16,16}"; do
  for h in $hidden; do
    out=$(mktemp -d)
    nexus=$("$bench" relu "$data" "$h" "$out")
    omlt=$(python3 Benchmarks/relu/omlt_peer.py "$out")
    scip_nexus=$(python3 Scripts/scip_solve.py "$out/nexus.lp" --gap 0 --time-limit 600 2>/dev/null | tail -1)
    scip_omlt=$(python3 Scripts/scip_solve.py "$out/omlt.lp" --gap 0 --time-limit 600 2>/dev/null | tail -1)
    get() { echo "$1" | awk -v k="$2" '$1 == k { print $2 }'; }
    js() { echo "$1" | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"; }
    printf "| %s | %s / %s / %s | %s / %s / %s | %s | %s | %s | %s / %s | %s |\n" "$h" \
      "$(get "$nexus" variables)" "$(get "$nexus" binaries)" "$(get "$nexus" constraints)" \
      "$(get "$omlt" variables)" "$(get "$omlt" binaries)" "$(get "$omlt" constraints)" \
      "$(get "$nexus" glpk_seconds)" "$(js "$scip_nexus" seconds)" "$(js "$scip_omlt" seconds)" \
      "$(js "$scip_nexus" primal)" "$(js "$scip_omlt" primal)" "$(get "$nexus" validation_rmse)"
    rm -rf "$out"
  done
done
