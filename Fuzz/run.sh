#!/usr/bin/env bash
# Fuzzes the MPS and LP readers with libFuzzer (AddressSanitizer on) for SECONDS each.
# Usage: Fuzz/run.sh [SECONDS] [mps|lp ...]       Crashes land in Fuzz/crashes/<format>/.
# Each crash found should become a regression test (Tests/WaterNexusModelTests/FuzzRegressionTests.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
formats=${*:-mps lp}
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
sources=$(find Sources/WaterNexusModel -name '*.swift' | sort)
for format in $formats; do
  flag=FUZZ_FORMAT_$(echo "$format" | tr a-z A-Z)
  swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name WaterNexusModel -D "$flag" \
    $sources Fuzz/ReaderFuzzTarget.swift -o "$build/fuzz-$format" 2>&1 | grep -v "ld.gold: warning" || true
  mkdir -p "Fuzz/crashes/$format" "$build/corpus-$format"
  echo "== fuzzing the $format reader for ${seconds}s"
  "$build/fuzz-$format" "$build/corpus-$format" "Fuzz/corpus/$format" -max_total_time="$seconds" -timeout=5 \
    -rss_limit_mb=4096 -max_len=8192 -artifact_prefix="Fuzz/crashes/$format/" -print_final_stats=1 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
done
