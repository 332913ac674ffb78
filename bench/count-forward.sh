#!/usr/bin/env bash
# Instructions per ffnn_forward call on one sample of a sigmoid network,
# counted by callgrind: ffnn-forward-count runs 1000 and then 2000 calls,
# callgrind collects only inside ffnn_forward (inclusive: with everything it
# calls), and the difference of the two totals / 1000 leaves out start-up,
# create and the first call's allocation.
#
#   bash bench/count-forward.sh [WIDTHS]      WIDTHS: 2-2-1 (default), 4-4-1
#
# Needs valgrind and a build (bash scripts/build.sh; $FFNN_BUILD_DIR, else
# build/). Prints e.g. "ffnn_forward 2-2-1: 425 instructions per call".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFNN_BUILD_DIR:-$root/build}
prog=$build/bench/ffnn-forward-count
shape=${1:-2-2-1}

die() { echo "count-forward: $*" >&2; exit 1; }
[ $# -le 1 ] && [[ $shape =~ ^[1-9][0-9]*(-[1-9][0-9]*)+$ ]] || {
  echo "usage: bash bench/count-forward.sh [WIDTHS, e.g. 2-2-1]" >&2; exit 2; }
command -v valgrind >/dev/null || die "valgrind not found (apt-get install valgrind)"
[ -x "$prog" ] || die "$prog not found; build first (bash scripts/build.sh)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Instructions collected inside ffnn_forward over $1 calls. One OpenBLAS
# thread: its pool would only slow valgrind down (the count is of this one).
collected() {
  local n=$1 out=$tmp/callgrind.out.$1
  if ! OPENBLAS_NUM_THREADS=1 valgrind --tool=callgrind \
      --toggle-collect=ffnn_forward --callgrind-out-file="$out" \
      "$prog" "$n" "$shape" >"$tmp/log.$n" 2>&1; then
    cat "$tmp/log.$n" >&2
    die "the run of $n calls failed"
  fi
  local ir
  ir=$(awk '/^(summary|totals):/ { print $2; exit }' "$out")
  [[ $ir =~ ^[0-9]+$ ]] || die "no instruction total in callgrind's output"
  echo "$ir"
}

a=$(collected 1000)
b=$(collected 2000)
[ "$b" -gt "$a" ] ||
  die "no instructions collected inside ffnn_forward ($a, then $b)"
awk -v a="$a" -v b="$b" -v s="$shape" 'BEGIN {
  d = (b - a) / 1000
  printf "ffnn_forward %s: %s instructions per call\n", s,
         d == int(d) ? sprintf("%d", d) : sprintf("%.1f", d) }'
