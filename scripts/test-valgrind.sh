#!/usr/bin/env bash
# The CMocka suite of the main build under valgrind memcheck: any error or
# leak fails. OpenBLAS runs single-threaded here, to keep its thread pool's
# start-up out of the leak report.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFNN_BUILD_DIR:-$root/build}
command -v valgrind >/dev/null || bash "$root/scripts/deps.sh" valgrind
export OPENBLAS_NUM_THREADS=1
failed=0
for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  # --child-silent-after-fork: test_atomic_file forks writers to kill; a
  # child inherits the parent's blocks and ends in _exit or a signal.
  if valgrind --quiet --error-exitcode=99 --leak-check=full \
       --child-silent-after-fork=yes \
       --errors-for-leak-kinds=definite,indirect "$t" >/dev/null 2>"$t.vg"; then
    echo "valgrind: $(basename "$t") clean"
  else
    echo "valgrind: $(basename "$t") FAILED"; cat "$t.vg"; failed=1
  fi
done
exit $failed
