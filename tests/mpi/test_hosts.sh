#!/usr/bin/env bash
# test_hosts.sh CHECK: the MPI checks (tests/mpi/test_mpi.c) on three
# simulated hosts, network namespaces on a bridge (hosts.sh), Open MPI
# starting its daemons through a launch agent instead of ssh and the ranks
# talking over TCP only. Exit 77 (CTest: skipped, and it says so) where
# namespaces cannot be made; the namespaces are removed on every exit.
set -u
check=$1
dir=$(mktemp -d)
trap 'bash "$(dirname "$0")/hosts.sh" down "$dir"; rm -rf "$dir"' EXIT
bash "$(dirname "$0")/hosts.sh" up 3 "$dir"
rc=$?
if [ "$rc" -eq 77 ]; then
  echo "test_hosts: SKIPPED: network namespaces cannot be made here (ip netns add needs root and CAP_SYS_ADMIN)"
  exit 77
fi
[ "$rc" -eq 0 ] || exit "$rc"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
unset OMPI_MCA_btl OMPI_MCA_pml
# One rank a host: three hostnames.
timeout -k 10 60 "$dir/run" -np 3 hostname >"$dir/hosts.txt" 2>&1
if [ "$(sort -u "$dir/hosts.txt" | grep -c '^ffnnh')" -ne 3 ]; then
  echo "test_hosts: the ranks are not on three hosts:"; cat "$dir/hosts.txt"
  exit 1
fi
timeout -k 10 150 "$dir/run" -np 3 "$check" >"$dir/log" 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then
  echo "test_hosts: the checks on 3 hosts over TCP exited $rc:"; cat "$dir/log"
else
  echo "test_hosts: 3 hosts ($(sort -u "$dir/hosts.txt" | tr '\n' ' ')) over TCP:"
  tail -n 1 "$dir/log"
fi
exit "$rc"
