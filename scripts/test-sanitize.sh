#!/usr/bin/env bash
# The CMocka suite again, built with AddressSanitizer + UndefinedBehavior-
# Sanitizer (LeakSanitizer included): any report fails the run.
# FFNN_SANITIZE=thread selects ThreadSanitizer instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${FFNN_SANITIZE:-address,undefined}
build=${FFNN_SANITIZE_BUILD_DIR:-$root/build-${kind//,/-}}
# Without MPI: Open MPI's own allocations at MPI_Init would read as leaks;
# the MPI tests run in the main build, and test_comm covers the same code
# with threads here.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFFNN_SANITIZE="$kind" -DFFNN_MPI=OFF -DFFNN_BUILD_BENCH=OFF -DFFNN_BUILD_TOOLS=OFF \
  -DFFNN_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure
