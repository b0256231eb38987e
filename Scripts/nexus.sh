#!/usr/bin/env bash
# The README's first command: runs `swift run nexus ARGS` (default: the default job) after making sure
# GLPK's header and library are installed, installing them where it can:
#   Debian/Ubuntu: apt-get install libglpk-dev (as root, or through sudo); Fedora/RHEL: dnf install glpk-devel;
#   macOS: brew install glpk. Elsewhere it says what to install and stops.
# Settings (environment; the last three are for testing the branches without touching the machine):
#   NEXUS_SETUP_DRY_RUN=1      print the commands instead of running them
#   NEXUS_GLPK_INCLUDE_DIRS    folders searched for glpk.h (default: the system's and Homebrew's)
#   NEXUS_GLPK_LIB_DIRS        folders searched for libglpk (default: the system's and Homebrew's)
#   NEXUS_OS, NEXUS_EUID       the operating system (uname -s) and user id to assume
set -euo pipefail
script_dir="${BASH_SOURCE[0]%/*}"; [ "$script_dir" = "${BASH_SOURCE[0]}" ] && script_dir=.
root="$(cd "$script_dir/.." && pwd)"
dry_run="${NEXUS_SETUP_DRY_RUN:-0}"
os="${NEXUS_OS:-$(uname -s)}"
euid="${NEXUS_EUID:-$EUID}"
brew_prefix=""
if command -v brew >/dev/null 2>&1; then brew_prefix="$(brew --prefix 2>/dev/null || true)"; fi
include_dirs="${NEXUS_GLPK_INCLUDE_DIRS:-${brew_prefix:+$brew_prefix/include }/usr/include /usr/local/include}"
lib_dirs="${NEXUS_GLPK_LIB_DIRS:-${brew_prefix:+$brew_prefix/lib }/usr/lib /usr/lib64 /usr/lib/*-linux-gnu /usr/local/lib}"

say() { printf 'nexus.sh: %s\n' "$*" >&2; }
run() {
  if [ "$dry_run" = 1 ]; then printf 'would run: %s\n' "$*"; else "$@"; fi
}

# The folders holding glpk.h and libglpk (empty when none).
glpk_header_dir() {
  local d
  for d in $include_dirs; do [ -f "$d/glpk.h" ] && { echo "$d"; return; }; done
  echo ""
}
glpk_library_dir() {
  local d f
  for d in $lib_dirs; do
    for f in "$d"/libglpk.so "$d"/libglpk.so.* "$d"/libglpk.dylib "$d"/libglpk.a; do [ -e "$f" ] && { echo "$d"; return; }; done
  done
  echo ""
}
glpk_installed() { [ -n "$(glpk_header_dir)" ] && [ -n "$(glpk_library_dir)" ]; }

# Installs GLPK's development files with the system's package manager, or explains what to install.
install_glpk() {
  local sudo=""
  if [ "$os" = Linux ] && [ "$euid" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "GLPK's header glpk.h or library libglpk is missing, and installing it needs root (no sudo here)."
      say "Ask an administrator to install GLPK's development package (Debian/Ubuntu: libglpk-dev; Fedora: glpk-devel), then rerun."
      exit 1
    fi
  fi
  if [ "$os" = Darwin ] && command -v brew >/dev/null 2>&1; then
    say "GLPK is missing; installing it with Homebrew (brew install glpk)."
    run brew install glpk
  elif [ "$os" = Linux ] && command -v apt-get >/dev/null 2>&1; then
    say "GLPK is missing; installing libglpk-dev with apt-get${sudo:+ (through sudo)}."
    run $sudo apt-get update -qq
    run $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libglpk-dev
  elif [ "$os" = Linux ] && command -v dnf >/dev/null 2>&1; then
    say "GLPK is missing; installing glpk-devel with dnf${sudo:+ (through sudo)}."
    run $sudo dnf install -y glpk-devel
  else
    say "GLPK's header glpk.h or library libglpk is missing (searched: $include_dirs; $lib_dirs)."
    say "Install GLPK's development files (Debian/Ubuntu: libglpk-dev; Fedora: glpk-devel; macOS: brew install glpk;"
    say "conda: glpk; or from source: https://www.gnu.org/software/glpk/), then rerun."
    exit 1
  fi
}

if ! command -v swift >/dev/null 2>&1 && [ "$dry_run" != 1 ]; then
  say "swift is not on PATH: install Swift 6 (https://www.swift.org/install/), then rerun."
  exit 1
fi
if ! glpk_installed; then
  install_glpk
  if [ "$dry_run" != 1 ] && ! glpk_installed; then
    say "GLPK is still not found after installing it (searched: $include_dirs; $lib_dirs)."
    say "Set NEXUS_GLPK_INCLUDE_DIRS and NEXUS_GLPK_LIB_DIRS to where glpk.h and libglpk are, or install GLPK there."
    exit 1
  fi
fi
# Folders off the compiler's default paths (Homebrew on Apple silicon, a custom prefix): pass them on.
flags=()
header_dir="$(glpk_header_dir)"
library_dir="$(glpk_library_dir)"
case "$header_dir" in
  /usr/include | /usr/local/include | "") ;;
  *) flags+=(-Xcc "-I$header_dir") ;;
esac
case "$library_dir" in
  /usr/lib | /usr/lib64 | /usr/lib/*-linux-gnu | /usr/local/lib | "") ;;
  *) flags+=(-Xlinker "-L$library_dir" -Xlinker -rpath -Xlinker "$library_dir") ;;
esac
run swift run --package-path "$root" ${flags[@]+"${flags[@]}"} nexus "$@"
