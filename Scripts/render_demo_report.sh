#!/usr/bin/env bash
# Runs the default job, then opens its HTML report in headless Chromium and saves a screenshot.
# Usage: Scripts/render_demo_report.sh [OUT_DIR] [PNG]   (installs chromium when missing; needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/demo}
png=${2:-$out/report.png}
swift run nexus demo --out "$out" >/dev/null
bash Scripts/render_report.sh "$out/report.html" "$png" 1200 6000
echo "screenshot: $png"
