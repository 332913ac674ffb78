#!/usr/bin/env bash
# mpi-hosts.sh [HOSTS] [ARGS...]: ffnn-bench-mpi on HOSTS (default 2)
# simulated hosts (network namespaces on a bridge, tests/mpi/hosts.sh),
# one rank each, talking over TCP only: the "reduce" column is the
# allreduce of the gradient buffer over TCP, for the cost model of
# bench/README.md. Needs root (ip netns).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${FFNN_BUILD_DIR:-$root/build}/bench/ffnn-bench-mpi
hosts=${1:-2}
shift || true
dir=$(mktemp -d)
trap 'bash "$root/tests/mpi/hosts.sh" down "$dir"; rm -rf "$dir"' EXIT
bash "$root/tests/mpi/hosts.sh" up "$hosts" "$dir"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_rmaps_base_oversubscribe=1 OMPI_MCA_mpi_yield_when_idle=1
export OPENBLAS_NUM_THREADS=1
# Every simulated host sees the same two cores: binding would put each
# host's rank on core 0, all of them on one core.
timeout -k 10 900 "$dir/run" -np "$hosts" --bind-to none "$bench" "$@" >"$dir/log" 2>&1 ||
  { cat "$dir/log"; exit 1; }
cat "$dir/log"
