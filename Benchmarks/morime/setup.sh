# Sourced by run.sh and yiwu.sh: paths, a release build of nexus, and the thread flag of one row.
here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/out"
mkdir -p "$out"
cd "$root"
swift build -c release --product nexus >/dev/null
nexus="$(swift build -c release --show-bin-path)/nexus"

# The --threads arguments of a row: 0 means every core, forced (the default choice would stay on one
# thread for these cheap evaluations).
thread_flag() { if [ "$1" -eq 0 ]; then echo "--threads $(nproc)"; else echo "--threads $1"; fi; }
