#!/usr/bin/env bash
# mpi-scaling.sh [PAIRS] [ARGS...]: weak scaling of the data-parallel step
# on this machine: ffnn-bench-mpi on 1 rank and on 2 ranks (one core and
# one OpenBLAS thread each, shared memory between them), in turns, PAIRS
# times (default 3), and per optimizer the median over the pairs of the
# throughput of 2 ranks over that of 1 (2.0 is perfect). ARGS go to
# ffnn-bench-mpi (default: 784-1024-1024-10, batch 256 per rank).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${FFNN_BUILD_DIR:-$root/build}/bench/ffnn-bench-mpi
pairs=${1:-3}
shift || true
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_pml=ob1 OMPI_MCA_btl=self,vader OPENBLAS_NUM_THREADS=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for p in $(seq "$pairs"); do
  for np in 1 2; do
    timeout -k 10 600 mpirun -np "$np" --bind-to core --map-by core \
      "$bench" "$@" >"$out/$np.$p" 2>&1
    cat "$out/$np.$p"
  done
done
echo
echo "weak scaling, 2 ranks over 1 (dp samples/s), median of $pairs pairs:"
for opt in sgd momentum nesterov adam; do
  for p in $(seq "$pairs"); do
    one=$(awk -v o=$opt '$1 == o { print $6 }' "$out/1.$p")
    two=$(awk -v o=$opt '$1 == o { print $6 }' "$out/2.$p")
    awk -v a="$two" -v b="$one" 'BEGIN { printf "%.3f\n", a / b }'
  done | sort -n | awk -v o=$opt '{ r[NR] = $1 } END {
    printf "  %-9s %s   (pairs: %s .. %s)\n", o, r[int((NR + 1) / 2)], r[1], r[NR] }'
done
