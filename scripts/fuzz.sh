#!/usr/bin/env bash
# Run every libFuzzer harness in tests/fuzz for SECONDS each (default 60),
# from the committed seeds in tests/fuzz/corpus/<harness>/. New inputs go
# to a scratch corpus; a crash leaves its input in build-fuzz/artifacts/
# and fails the run: turn it into a regression test.
#   bash scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
command -v clang >/dev/null || bash "$root/scripts/deps.sh" clang
bash "$root/scripts/deps.sh" libclang-rt-14-dev
build=$root/build-fuzz
CC=clang cmake -S "$root" -B "$build" -DFFNN_FUZZ=ON -DFFNN_BUILD_TESTS=OFF -DFFNN_MPI=OFF \
  -DFFNN_BUILD_BENCH=OFF -DFFNN_BUILD_EXAMPLES=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  for exe in "$build"/tests/fuzz/fuzz_*; do
    [ -x "$exe" ] && harnesses+=("$(basename "$exe")")
  done
fi
mkdir -p "$build/artifacts"
for h in "${harnesses[@]}"; do
  work=$(mktemp -d)
  echo "== $h for ${seconds}s"
  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
done
