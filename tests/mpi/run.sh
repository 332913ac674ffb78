#!/usr/bin/env bash
# run.sh NP COMMAND [ARGS...]: COMMAND on NP ranks of Open MPI on this
# machine, as the MPI tests need it: allowed as root, oversubscribed (more
# ranks than cores), shared memory between the ranks, idle ranks yielding
# the core (else busy-polling ranks starve each other on two cores). The
# run is bounded by timeout -k and its output goes to a file, which is
# shown when it fails (mpirun once hung here writing to a pipe).
set -u
np=$1; shift
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_rmaps_base_oversubscribe=1 OMPI_MCA_pml=ob1 \
       OMPI_MCA_btl=self,vader OMPI_MCA_mpi_yield_when_idle=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
timeout -k 10 "${FFNN_MPI_TIMEOUT:-150}" mpirun -np "$np" "$@" >"$log" 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then
  echo "run.sh: mpirun -np $np $* exited $rc:"
  cat "$log"
else
  tail -n 3 "$log"
fi
exit "$rc"
