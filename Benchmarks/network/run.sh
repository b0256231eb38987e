#!/bin/sh
# Time-to-gap of `nexus network` on the network models (release build). Prints one line per model and
# relaxation: status, lower/upper bound, gap, rounds, MILPs, LPs, seconds.
set -e
cd "$(dirname "$0")/../.."
swift build -c release --product nexus >/dev/null
NEXUS=.build/release/nexus
for model in Models/network/*.yaml; do
  for relaxation in pmc nmdt; do
    $NEXUS network "$model" --relaxation "$relaxation" --time-limit "${TIME_LIMIT:-120}" --json > /tmp/network_bench.json || true
    python3 - "$model" "$relaxation" <<'PY'
import json, sys
r = json.load(open('/tmp/network_bench.json'))
print(f"{sys.argv[1]:45s} {sys.argv[2]:5s} {r['status']:9s} LB {r['lowerBound'] or float('nan'):12.6g} "
      f"UB {r['upperBound'] or float('nan'):12.6g} gap {r['gap'] if r['gap'] is not None else float('nan'):9.2e} "
      f"rounds {r['iterations']:3d} MILPs {r['milpsSolved']:4d} LPs {r['lpsSolved']:5d} time {r['seconds']:7.2f} s")
PY
  done
done
