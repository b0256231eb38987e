#!/usr/bin/env bash
# Builds the README's Swift tour verbatim in a scratch package that depends on this repository by path
# (product `WaterNexus`, the one import), runs it, and checks that it prints exactly the lines the README
# lists after `// Prints:`. Usage: Scripts/check_readme_tour.sh [SCRATCH_DIR] (default: a temporary one).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-$(mktemp -d "${TMPDIR:-/tmp}/nexus-tour.XXXXXX")}"
mkdir -p "$scratch/Sources/Tour"
identity="$(basename "$root" | tr '[:upper:]' '[:lower:]')"

# The tour's program (the ```swift block that imports WaterNexus) and the output listed at its end.
python3 - "$root/README.md" "$scratch" <<'PY'
import pathlib, sys
readme, scratch = pathlib.Path(sys.argv[1]).read_text(), pathlib.Path(sys.argv[2])
blocks = [part.split("```\n")[0] for part in readme.split("```swift\n")[1:]]
block = next(b for b in blocks if "\nimport WaterNexus\n" in b)
(scratch / "Sources/Tour/main.swift").write_text(block)
expected = block[block.index("// Prints:\n") + len("// Prints:\n"):].splitlines()
(scratch / "expected.txt").write_text("".join(line.removeprefix("// ") + "\n" for line in expected))
PY

cat > "$scratch/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tour",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "$root")],
    targets: [.executableTarget(name: "Tour", dependencies: [.product(name: "WaterNexus", package: "$identity")])]
)
SWIFT

cd "$scratch"
swift build --product Tour 2>&1 | tail -n 20
actual="$(cd "$scratch" && "$(swift build --show-bin-path)/Tour")"
if [ "$actual" != "$(cat expected.txt)" ]; then
  echo "README tour output differs from what the README says it prints:" >&2
  diff <(echo "$actual") expected.txt >&2 || true
  exit 1
fi
echo "README tour: built from $scratch with only 'import WaterNexus' (and Foundation), output matches the README"
