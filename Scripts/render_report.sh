#!/usr/bin/env bash
# Renders an HTML report (or an SVG figure) to PNG with headless Chromium, to check how it looks.
#
#   Scripts/render_report.sh INPUT.html|INPUT.svg OUTPUT.png [WIDTH [HEIGHT]]
#
# HTML is shot in a WIDTH x HEIGHT window (default 1200 x 4000) and the blank bottom is cropped when
# Python's PIL is available; an SVG is shot at the size its width/height attributes give.
# Fails (exit 1) when the input refers to anything outside itself (reports must be self-contained),
# when Chromium exits non-zero, logs a page console message or a non-environmental error, or writes no
# PNG. Installs the Debian package `chromium` when it is missing.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 INPUT.html|INPUT.svg OUTPUT.png [WIDTH [HEIGHT]]" >&2
  exit 2
fi
input=$1
output=$2
if [ ! -f "$input" ]; then
  echo "$input: no such file" >&2
  exit 2
fi

if ! command -v chromium >/dev/null; then
  echo "installing chromium (Debian package)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

# Self-containment: no external URLs and no references to other files.
external=$(grep -noE '(src|href|xlink:href)="(https?:|//|file:)[^"]*"|url\((https?:|//)[^)]*\)|<link [^>]*rel="stylesheet"|<script[^>]* src=' "$input" || true)
relative=$(grep -noE '(src|xlink:href)="[^"#][^"]*"' "$input" | grep -vE '="(data:|https?:|//|file:)' || true)
if [ -n "$external$relative" ]; then
  echo "$input refers to content outside itself (a report must be self-contained):" >&2
  printf '%s\n%s\n' "$external" "$relative" | sed '/^$/d' >&2
  exit 1
fi

width=${3:-1200}
height=${4:-4000}
case "$input" in
  *.svg)
    # Size of the figure from its root element.
    svg_w=$(grep -oE '<svg[^>]* width="[0-9.]+' "$input" | head -1 | grep -oE '[0-9.]+$' || true)
    svg_h=$(grep -oE '<svg[^>]* height="[0-9.]+' "$input" | head -1 | grep -oE '[0-9.]+$' || true)
    width=${3:-${svg_w%.*}}
    height=${4:-${svg_h%.*}}
    width=${width:-800}
    height=${height:-600}
    ;;
esac

abs_input=$(cd "$(dirname "$input")" && pwd)/$(basename "$input")
log=$(mktemp)
profile=$(mktemp -d)
trap 'rm -rf "$log" "$profile"' EXIT
rm -f "$output"

status=0
timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --user-data-dir="$profile" --enable-logging=stderr --v=0 \
  --window-size="$width,$height" --screenshot="$output" "file://$abs_input" >"$log" 2>&1 || status=$?

# Page problems: console messages (scripts, failed loads reported by the page) and errors from
# components other than the headless environment (D-Bus, GPU, sandbox, power and font services).
problems=$(grep -E ':CONSOLE|ERROR:' "$log" \
  | grep -vE 'dbus|gpu|viz|vaapi|gl_|egl|angle|sandbox|fontconfig|upower|power_|ScreenSaver|bus\.cc|object_proxy' || true)
if [ "$status" -ne 0 ] || [ -n "$problems" ] || [ ! -s "$output" ]; then
  echo "chromium failed on $input (exit $status):" >&2
  if [ -n "$problems" ]; then echo "$problems" >&2; else tail -n 20 "$log" >&2; fi
  exit 1
fi

# Crop the blank space under an HTML page (optional; needs PIL).
case "$input" in
  *.svg) ;;
  *)
    python3 - "$output" <<'PY' 2>/dev/null || true
import sys
from PIL import Image, ImageChops
path = sys.argv[1]
image = Image.open(path).convert("RGB")
background = Image.new("RGB", image.size, (255, 255, 255))
box = ImageChops.difference(image, background).getbbox()
if box:
    image.crop((0, 0, image.width, min(image.height, box[3] + 24))).save(path)
PY
    ;;
esac
echo "wrote $output"
