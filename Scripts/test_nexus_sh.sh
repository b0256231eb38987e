#!/usr/bin/env bash
# Checks every branch of Scripts/nexus.sh (the README's first command) without installing anything: GLPK's
# folders point at temporary ones, the operating system and user id are overridden, the package managers are
# stubs on a PATH of their own, and NEXUS_SETUP_DRY_RUN=1 prints the commands instead of running them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
script="$here/nexus.sh"
bash_path="$(command -v bash)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/with/include" "$work/with/lib" "$work/without" "$work/brew/include" "$work/brew/lib"
touch "$work/with/include/glpk.h" "$work/with/lib/libglpk.so" "$work/brew/include/glpk.h" "$work/brew/lib/libglpk.dylib"
stubs() { # stubs NAME...: a PATH folder holding stub programs with those names
  local dir="$work/bin-$*"; dir="${dir// /-}"
  mkdir -p "$dir"
  for name in "$@"; do
    printf '#!%s\n%s\n' "$bash_path" "$( [ "$name" = brew ] && echo "echo $work/brew" || echo 'echo "stub $0 $*"' )" > "$dir/$name"
    chmod +x "$dir/$name"
  done
  echo "$dir"
}
failures=0
# check NAME EXPECTED_STATUS EXPECTED_TEXT ENV... : runs nexus.sh pareto m.yaml with the environment, expects
# the status and the text in its combined output.
check() {
  local name="$1" want_status="$2" want_text="$3"; shift 3
  local out status=0
  out="$(env -i "$@" NEXUS_SETUP_DRY_RUN=1 "$bash_path" "$script" pareto m.yaml 2>&1)" || status=$?
  if [ "$status" != "$want_status" ] || [[ "$out" != *"$want_text"* ]]; then
    echo "FAIL $name: status $status (want $want_status), output:"; echo "$out" | sed 's/^/  /'
    echo "  (wanted: $want_text)"
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}
present=(NEXUS_GLPK_INCLUDE_DIRS="$work/with/include" NEXUS_GLPK_LIB_DIRS="$work/with/lib")
missing=(NEXUS_GLPK_INCLUDE_DIRS="$work/without" NEXUS_GLPK_LIB_DIRS="$work/without")
header_only=(NEXUS_GLPK_INCLUDE_DIRS="$work/with/include" NEXUS_GLPK_LIB_DIRS="$work/without")
root="$(cd "$here/.." && pwd)"

check "installed in a custom folder: runs nexus with its folders" 0 \
  "would run: swift run --package-path $root -Xcc -I$work/with/include -Xlinker -L$work/with/lib -Xlinker -rpath -Xlinker $work/with/lib nexus pareto m.yaml" \
  PATH="$(stubs apt-get)" NEXUS_OS=Linux NEXUS_EUID=1000 "${present[@]}"
out="$(env -i PATH="$(stubs apt-get)" NEXUS_OS=Linux NEXUS_EUID=1000 "${present[@]}" NEXUS_SETUP_DRY_RUN=1 "$bash_path" "$script" 2>&1)"
if [[ "$out" == *apt-get* ]]; then echo "FAIL installed: it would install anyway: $out"; failures=$((failures + 1)); else echo "ok   installed: nothing installed"; fi
check "Debian as root: apt-get" 0 "would run: env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libglpk-dev" \
  PATH="$(stubs apt-get)" NEXUS_OS=Linux NEXUS_EUID=0 "${missing[@]}"
check "Debian, library missing: apt-get" 0 "apt-get install -y -qq libglpk-dev" \
  PATH="$(stubs apt-get)" NEXUS_OS=Linux NEXUS_EUID=0 "${header_only[@]}"
check "Debian as a user: sudo apt-get" 0 "would run: sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libglpk-dev" \
  PATH="$(stubs apt-get sudo)" NEXUS_OS=Linux NEXUS_EUID=1000 "${missing[@]}"
check "Debian as a user without sudo: says what to install" 1 "Debian/Ubuntu: libglpk-dev" \
  PATH="$(stubs apt-get)" NEXUS_OS=Linux NEXUS_EUID=1000 "${missing[@]}"
check "Fedora: dnf" 0 "would run: dnf install -y glpk-devel" PATH="$(stubs dnf)" NEXUS_OS=Linux NEXUS_EUID=0 "${missing[@]}"
check "macOS: brew" 0 "would run: brew install glpk" PATH="$(stubs brew)" NEXUS_OS=Darwin NEXUS_EUID=501 "${missing[@]}"
check "macOS, Homebrew's GLPK: its folders passed on" 0 \
  "would run: swift run --package-path $root -Xcc -I$work/brew/include -Xlinker -L$work/brew/lib -Xlinker -rpath -Xlinker $work/brew/lib nexus pareto m.yaml" \
  PATH="$(stubs brew)" NEXUS_OS=Darwin NEXUS_EUID=501
check "no package manager: says what to install" 1 "Install GLPK's development files" \
  PATH="$(stubs)" NEXUS_OS=Linux NEXUS_EUID=0 "${missing[@]}"
check "system folders: no extra flags" 0 "would run: swift run --package-path $root nexus pareto m.yaml" \
  PATH="$(stubs apt-get)" NEXUS_OS=Linux NEXUS_EUID=1000 NEXUS_GLPK_INCLUDE_DIRS=/usr/include NEXUS_GLPK_LIB_DIRS="/usr/lib /usr/lib/*-linux-gnu"
check "other system: says what to install" 1 "macOS: brew install glpk" PATH="$(stubs apt-get)" NEXUS_OS=FreeBSD NEXUS_EUID=0 "${missing[@]}"

# Not a dry run: the stub apt-get is really called (it logs its arguments), and GLPK still missing afterwards
# stops the script with a message instead of a compiler error.
log="$work/apt-get.log"
mkdir -p "$work/bin-logging"
printf '#!%s\necho "$*" >> %s\n' "$bash_path" "$log" > "$work/bin-logging/apt-get"
chmod +x "$work/bin-logging/apt-get"
printf '#!%s\nexit 0\n' "$bash_path" > "$work/bin-logging/swift"
chmod +x "$work/bin-logging/swift"
ln -s "$(command -v env)" "$work/bin-logging/env"
status=0
out="$(env -i PATH="$work/bin-logging" NEXUS_OS=Linux NEXUS_EUID=0 "${missing[@]}" "$bash_path" "$script" 2>&1)" || status=$?
if [ "$status" = 1 ] && [[ "$out" == *"still not found"* ]] && grep -q "install -y -qq libglpk-dev" "$log"; then
  echo "ok   install runs, GLPK still missing: clear stop"
else
  echo "FAIL install runs, GLPK still missing: status $status, output: $out, apt-get calls: $(cat "$log" 2>/dev/null)"
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then echo "$failures check(s) of Scripts/nexus.sh failed"; exit 1; fi
echo "Scripts/nexus.sh: every branch checked"
