#!/bin/sh
# nexus versus SCIP on every bundled network model, in one run: `nexus network MODEL --json` (release build)
# and SCIP (Scripts/scip_solve.py) on the exact QCP that the same nexus run writes with --write-qcp, both at
# the same gap and time limit. Prints one table row per model and method: times, nexus's status /
# design / lower bound, SCIP's status / primal / dual bound, the time ratio nexus/SCIP, and whether the two
# answers are consistent (see Benchmarks/network/table.py). concave_capex has no QCP (α·F^β), so no SCIP.
# Environment: TIME_LIMIT (s, default 120), GAP (default 1e-3), METHODS (default "bnb"; "bnb pmc nmdt" adds
# the refine method with each MILP relaxation).
set -e
cd "$(dirname "$0")/../.."
swift build -c release --product nexus >/dev/null
NEXUS=.build/release/nexus
LIMIT=${TIME_LIMIT:-120}
GAP=${GAP:-1e-3}
METHODS=${METHODS:-bnb}
flags() { case "$1" in bnb) echo "--method bnb" ;; *) echo "--method refine --relaxation $1" ;; esac; }
WORK=$(mktemp -d)
for model in Models/network/*.yaml; do
  name=$(basename "$model" .yaml)
  qcp="--write-qcp $WORK/$name.lp"
  for relaxation in $METHODS; do
    # shellcheck disable=SC2086
    $NEXUS network "$model" $(flags "$relaxation") --json --gap "$GAP" --time-limit "$LIMIT" $qcp \
      > "$WORK/$name.$relaxation.json" 2> "$WORK/$name.err" || true
    if [ -n "$qcp" ] && [ ! -f "$WORK/$name.lp" ]; then
      # The QCP was refused (e.g. a concave capital cost): keep the reason, solve without it.
      mv "$WORK/$name.err" "$WORK/$name.qcp.err"
      $NEXUS network "$model" $(flags "$relaxation") --json --gap "$GAP" --time-limit "$LIMIT" \
        > "$WORK/$name.$relaxation.json" 2> "$WORK/$name.err" || true
    fi
    qcp=""
  done
  if [ -f "$WORK/$name.lp" ]; then
    python3 Scripts/scip_solve.py "$WORK/$name.lp" --time-limit "$LIMIT" --gap "$GAP" > "$WORK/$name.scip.json" || true
  fi
done
python3 Benchmarks/network/table.py "$WORK" "$GAP" $METHODS
echo "(files in $WORK)"
