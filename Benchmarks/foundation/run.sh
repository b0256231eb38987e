#!/usr/bin/env bash
# Foundation benchmark: build + load into GLPK + write free MPS, WaterNexus against
#   (a) the plain GLPK C API (bulk glp_load_matrix; GLPK's own MPS writer), and
#   (b) PuLP and Pyomo building and writing the same model,
# all in one run, each measured REPEAT times (median reported), with peak memory per process.
# Usage: Benchmarks/foundation/run.sh [REPEAT]     (needs: gcc, libglpk-dev, pip: pulp pyomo)
set -euo pipefail
cd "$(dirname "$0")/../.."
repeat=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c "import pulp, pyomo" 2>/dev/null || python3 -m pip install -q pulp pyomo
gcc -O2 -o "$work/capi_load" Benchmarks/foundation/capi_load.c -lglpk
swift build -c release --product nexus-benchmark >/dev/null
bench=.build/release/nexus-benchmark

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
runs() { # file, command...: runs the command REPEAT times, appending its "phase value" lines
  local file=$1; shift
  : > "$file"
  for _ in $(seq "$repeat"); do "$@" >> "$file"; done
}
phase() { awk -v p="$2" '$1==p {print $2}' "$1" | median; }

for case in "transport 1000 1000" "milp 200000 100000"; do
  set -- $case
  kind=$1 n=$2 m=$3
  echo "== $kind $n x $m (median of $repeat runs)"
  runs "$work/c" "$work/capi_load" "$kind" "$n" "$m" "$work/c.mps"
  runs "$work/s" $bench "$kind" "$n" "$m" "$work/s.mps"
  runs "$work/u" $bench "$kind" "$n" "$m" "$work/u.mps" --unnamed
  runs "$work/p" python3 Benchmarks/foundation/python_peers.py pulp "$kind" "$n" "$m" "$work/p.mps"
  runs "$work/y" python3 Benchmarks/foundation/python_peers.py pyomo "$kind" "$n" "$m" "$work/y.mps"
  c_load=$(phase "$work/c" load) c_write=$(phase "$work/c" write) c_mem=$(phase "$work/c" peak_rss_mb)
  s_build=$(phase "$work/s" build) s_load=$(phase "$work/s" load) s_write=$(phase "$work/s" write) s_mem=$(phase "$work/s" peak_rss_mb)
  u_build=$(phase "$work/u" build) u_load=$(phase "$work/u" load)
  p_build=$(phase "$work/p" build) p_write=$(phase "$work/p" write) p_mem=$(phase "$work/p" peak_rss_mb)
  y_build=$(phase "$work/y" build) y_write=$(phase "$work/y" write) y_mem=$(phase "$work/y" peak_rss_mb)
  python3 - "$c_load" "$c_write" "$c_mem" "$s_build" "$s_load" "$s_write" "$s_mem" "$u_build" "$u_load" \
            "$p_build" "$p_write" "$p_mem" "$y_build" "$y_write" "$y_mem" <<'PY'
import sys
c_load, c_write, c_mem, s_build, s_load, s_write, s_mem, u_build, u_load, p_build, p_write, p_mem, y_build, y_write, y_mem = map(float, sys.argv[1:])
ours = s_build + s_load
print(f"{'tool':34} {'seconds':>9} {'peak MB':>9}")
print(f"{'C API: arrays + bulk load + delete':34} {c_load:9.3f} {c_mem:9.1f}")
print(f"{'WaterNexus named: build + load':34} {ours:9.3f} {s_mem:9.1f}   (build {s_build:.3f}, load {s_load:.3f})")
print(f"{'WaterNexus unnamed: build + load':34} {u_build + u_load:9.3f}")
print(f"{'C API: glp_write_mps (free)':34} {c_write:9.3f}")
print(f"{'WaterNexus: write free MPS':34} {s_write:9.3f}")
print(f"{'PuLP: build + write MPS':34} {p_build + p_write:9.3f} {p_mem:9.1f}   (build {p_build:.3f}, write {p_write:.3f})")
print(f"{'Pyomo: build + write MPS':34} {y_build + y_write:9.3f} {y_mem:9.1f}   (build {y_build:.3f}, write {y_write:.3f})")
print(f"ratio WaterNexus named build+load / C API load: {ours / c_load:.2f} (goal <= 1.5)")
print(f"ratio WaterNexus unnamed build+load / C API load: {(u_build + u_load) / c_load:.2f}")
print(f"ratio PuLP / WaterNexus (build+write): {(p_build + p_write) / (s_build + s_write):.1f}x (goal >= 10)")
print(f"ratio Pyomo / WaterNexus (build+write): {(y_build + y_write) / (s_build + s_write):.1f}x (goal >= 30)")
PY
done

# Scale: 10^7 nonzeros (transportation 5000 x 1000), WaterNexus against the C API only (PuLP and Pyomo
# would need tens of GB); peak memory per nonzero for both.
echo "== scale: transport 5000 x 1000 (10^7 nonzeros, median of $repeat runs)"
runs "$work/cs" "$work/capi_load" transport 5000 1000 "$work/cs.mps"
runs "$work/ss" $bench transport 5000 1000 "$work/ss.mps" --unnamed
python3 - "$(phase "$work/cs" load)" "$(phase "$work/cs" peak_rss_mb)" "$(phase "$work/ss" build)" "$(phase "$work/ss" load)" \
          "$(phase "$work/ss" write)" "$(phase "$work/ss" peak_rss_mb)" "$(phase "$work/cs" write)" <<'PY'
import sys
c_load, c_mem, s_build, s_load, s_write, s_mem, c_write = map(float, sys.argv[1:])
nnz = 1e7
print(f"C API: build arrays + load + delete  {c_load:8.3f} s   peak {c_mem:8.1f} MB  ({c_mem * 2**20 / nnz:.0f} B/nonzero)")
print(f"WaterNexus unnamed: build + load     {s_build + s_load:8.3f} s   peak {s_mem:8.1f} MB  ({s_mem * 2**20 / nnz:.0f} B/nonzero)")
print(f"write free MPS: WaterNexus {s_write:.3f} s, GLPK's writer {c_write:.3f} s")
print(f"ratio WaterNexus / C API (build + load): {(s_build + s_load) / c_load:.2f}")
PY
