#!/usr/bin/env bash
# Fuzzes the input layer with libFuzzer for SECONDS per harness: `yaml` drives the model-file loaders
# (allocation, ISTP, network, sweep specs), `csv` the CSV reader. The harnesses are a separate package
# (Fuzz/YAMLFuzz) so the sanitizer flags never reach the main build; -sanitize=fuzzer,address instruments
# the loaders as well. Crashes land in Fuzz/crashes/<harness>/.
# Usage: Fuzz/run_yaml.sh [SECONDS] [yaml|csv ...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
shift || true
harnesses=${*:-yaml csv}
for harness in $harnesses; do
  swift build -c release --product "fuzz-$harness" --package-path Fuzz/YAMLFuzz --scratch-path "$root/.build-fuzz" \
    -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -E "error|Build of product" || true
  work=$(mktemp -d)
  mkdir -p "Fuzz/crashes/$harness"
  echo "== fuzzing the $harness reader for ${seconds}s"
  WATERNEXUS_ROOT="$root" "$root/.build-fuzz/release/fuzz-$harness" "$work" "Fuzz/corpus/$harness" -max_total_time="$seconds" \
    -timeout=5 -rss_limit_mb=4096 -max_len=65536 -artifact_prefix="Fuzz/crashes/$harness/" -print_final_stats=1 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Test unit written)" || true
  rm -rf "$work"
done
