#!/bin/sh
# Differential check of nexus against SCIP on seeded random networks (Tests/WaterNexusNetworkTests/
# RandomNetworks.swift): runs the SCIPDifferentialTests suite with INSTANCES seeds (default 200) and
# TIME_LIMIT seconds per solver and instance (default 10), then prints how many instances agree, how many
# SCIP left open, and every disagreement with its diagnosis (SCIP's design re-evaluated, the bounds of nexus
# it crosses) and the folder holding its model YAML and QCP. Uses the debug test build (the solves run in
# GLPK and SCIP, which are optimized C either way). Needs pyscipopt.
set -e
cd "$(dirname "$0")/../.."
INSTANCES=${INSTANCES:-200}
LIMIT=${TIME_LIMIT:-10}
LOG=$(mktemp)
swift build --build-tests >/dev/null
start=$(date +%s)
NEXUS_SCIP_INSTANCES=$INSTANCES NEXUS_SCIP_TIME_LIMIT=$LIMIT swift test --skip-build --filter SCIPDifferentialTests > "$LOG" 2>&1 || true
end=$(date +%s)
grep -q '^seed' "$LOG" || { echo "no instance ran:"; tail -20 "$LOG"; exit 1; }
echo "nexus vs SCIP on $INSTANCES seeded networks, $LIMIT s each, gap 1e-3 ($((end - start)) s wall)"
echo "agree: $(grep -c '^seed [0-9]*: agree' "$LOG")  SCIP open: $(grep -c '^seed [0-9]*: inconclusive' "$LOG")  disagree: $(grep -c '^seed [0-9]*: DISAGREE' "$LOG")"
echo "disagreeing seeds: $(grep -o '^seed [0-9]*: DISAGREE' "$LOG" | awk '{print $2}' | tr -d ':' | sort -n | tr '\n' ' ')"
awk '/seed [0-9]+: nexus and SCIP disagree/ {print; show = 1; next} show && /^    / {print; next} {show = 0}' "$LOG"
echo "(full log: $LOG)"
