#!/usr/bin/env bash
# Builds the README's Swift tour verbatim in a scratch package that depends on this repository by path
# (product `WaterNexus`, the one import), runs it, and checks that it prints exactly the lines the README
# lists after `// Prints:`; with highspy installed, also checks the dual and reduced cost it prints against
# HiGHS on the MPS file it writes. Usage: Scripts/check_readme_tour.sh [SCRATCH_DIR] (default: a temporary
# one, removed afterwards).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -ge 1 ]; then
  scratch="$1"
else
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/nexus-tour.XXXXXX")"
  trap 'rm -rf "$scratch"' EXIT
fi
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
# The dual and the reduced cost the tour prints, against HiGHS on the MPS file the tour wrote.
if python3 -c "import highspy" 2>/dev/null; then
  echo "$actual" > "$scratch/actual.txt"
  python3 - "$root/Scripts/highs_solve.py" "$scratch" <<'PY'
import json, pathlib, subprocess, sys
script, scratch = sys.argv[1], pathlib.Path(sys.argv[2])
run = subprocess.run([sys.executable, script, "--solution", str(scratch / "transport.mps")], capture_output=True, text=True)
highs = json.loads(run.stdout.strip().splitlines()[-1])
printed = dict(line.rsplit(" = ", 1) for line in (scratch / "actual.txt").read_text().splitlines() if " = " in line)
checks = [("dual of demand(D1)", highs["row_duals"]["demand(D1)"]),
          ("reduced cost of ship(S1,D4)", highs["reduced_costs"]["ship(S1,D4)"])]
for label, theirs in checks:
    ours = float(printed[label])
    if abs(ours - theirs) > 1e-7:
        sys.exit(f"README tour: {label} = {ours}, HiGHS says {theirs}")
    print(f"README tour: {label} = {ours}, HiGHS {theirs}")
PY
fi
echo "README tour: built from $scratch with only 'import WaterNexus' (and Foundation), output matches the README"
