#!/usr/bin/env bash
# Fuzzes the YAML model-file loaders (allocation, ISTP, network, sweep specs) with libFuzzer for SECONDS.
# The harness is a separate package (Fuzz/YAMLFuzz) so the sanitizer flags never reach the main build;
# -sanitize=fuzzer,address instruments the loaders as well. Crashes land in Fuzz/crashes/yaml/.
# Usage: Fuzz/run_yaml.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
swift build -c release --product fuzz-yaml --package-path Fuzz/YAMLFuzz --scratch-path "$root/.build-fuzz" \
  -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -E "error|Build of product" || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p Fuzz/crashes/yaml
echo "== fuzzing the YAML loaders for ${seconds}s"
WATERNEXUS_ROOT="$root" "$root/.build-fuzz/release/fuzz-yaml" "$work" Fuzz/corpus/yaml -max_total_time="$seconds" \
  -timeout=5 -rss_limit_mb=4096 -max_len=65536 -artifact_prefix=Fuzz/crashes/yaml/ -print_final_stats=1 2>&1 \
  | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Test unit written)" || true
