#!/usr/bin/env bash
# Compare the ABI of a fresh libffnn.so with the committed baseline
# abi/libffnn.abi (libabigail). New functions are fine; any other change --
# a type's layout, an enumerator's value, a removed or changed function --
# fails. To accept a deliberate change (only with a new major version), run
#   bash scripts/check-abi.sh --update
# and commit abi/libffnn.abi with the reason.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
baseline="$root/abi/libffnn.abi"
command -v abidw >/dev/null || bash "$root/scripts/deps.sh" abigail-tools
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
# Debug information is what libabigail reads the types from.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFFNN_BUILD_TESTS=OFF -DFFNN_BUILD_BENCH=OFF -DFFNN_BUILD_TOOLS=OFF \
  -DFFNN_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
lib=$(find "$build" -name 'libffnn.so.*.*' | head -1)
abi_of() {
  abidw --headers-dir "$root/include" --no-corpus-path --no-comp-dir-path \
    --drop-private-types "$1"
}
if [ "${1:-}" = "--update" ]; then
  abi_of "$lib" > "$baseline"
  echo "check-abi: baseline written to abi/libffnn.abi"
  exit 0
fi
abi_of "$lib" > "$build/current.abi"
set +e
abidiff --no-added-syms "$baseline" "$build/current.abi" \
  > "$build/report.txt"
status=$?
set -e
# abidiff's status is a bit mask: 1 error, 2 usage, 4 ABI change, 8
# incompatible change. With added symbols left out, any bit is a failure.
if [ $status -ne 0 ]; then
  cat "$build/report.txt"
  echo "check-abi: the ABI changed against abi/libffnn.abi (abidiff status $status)"
  exit 1
fi
echo "check-abi: ABI compatible with abi/libffnn.abi"
