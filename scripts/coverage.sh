#!/usr/bin/env bash
# Line and branch coverage of src/ by the CMocka suite (gcovr). Prints the
# per-file table with the lines not covered, and fails below 95% of lines
# or 85% of branches.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/deps.sh" gcovr
build=$root/build-coverage
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DFFNN_COVERAGE=ON \
  -DFFNN_MPI=OFF -DFFNN_BUILD_BENCH=OFF -DFFNN_BUILD_TOOLS=OFF -DFFNN_BUILD_EXAMPLES=OFF \
  >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
find "$build" -name '*.gcda' -delete
ctest --test-dir "$build" >/dev/null
cd "$root"
# Branches the compiler adds for itself (unreachable defaults) are left
# out with --exclude-unreachable-branches.
report() {
  gcovr --root "$root" --filter 'src/' --object-directory "$build" \
    --exclude-unreachable-branches "$@"
}
report | sed -n '4,40p'
report --branches | sed -n '4,40p'
# The full report goes to a file: gcovr 5.2 given -o /dev/null replaces the
# device with a regular file when run as root (seen in CI).
report --fail-under-line 95 --fail-under-branch 85 --print-summary \
  -o "$build/coverage.txt"
