#!/usr/bin/env bash
# Renders every report kind in headless Chromium for a visual check (Scripts/render_report.sh does
# the rendering and the self-containment check).
#   bash Scripts/screenshot_reports.sh [OUT_DIR]
# Runs the default job, the Wang & Smith network case and the Henan ISTP case (all scenarios) into
# OUT_DIR (default: a scratch folder), renders each report.html to OUT_DIR/<kind>.png and prints the
# PNG paths and report sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
swift build --product nexus >/dev/null
nexus=$(swift build --show-bin-path)/nexus
"$nexus" demo --out "$out/demo" >/dev/null
"$nexus" network Models/network/wang_smith_1994.yaml --out "$out/network" --html >/dev/null
"$nexus" istp Models/henan.yaml --all-scenarios --out "$out/istp" --html >/dev/null
for kind in demo network istp; do
  report="$out/$kind/report.html"
  bash Scripts/render_report.sh "$report" "$out/$kind.png" 1280 "${HEIGHT:-5000}"
  printf '%s  (report %s KB)\n' "$out/$kind.png" "$(( $(stat -c %s "$report") / 1024 ))"
done
