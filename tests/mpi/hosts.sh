#!/usr/bin/env bash
# hosts.sh up N DIR | down DIR -- N simulated hosts on this machine for
# Open MPI over TCP: network namespaces ffnnh<i>-<tag>, each with its own
# interface 10.77.<tag>.<i+1>/24 on a bridge that lives in a namespace of
# its own (nothing touches the machine's interfaces), and its own
# hostname, so that Open MPI tells them apart. `up` writes into DIR:
#   agent     the launch agent that replaces ssh (plm_rsh_agent): it runs
#             Open MPI's daemon inside the named host's namespace;
#   hostfile  the hosts, one slot each;
#   run       run CMD...: mpirun in host 0, TCP between the hosts.
# `down` removes the namespaces again; tests call it on every exit. Exit
# status 77 from `up`: namespaces cannot be made here (no root, or no
# CAP_SYS_ADMIN), and the caller skips, saying so.
set -euo pipefail
cmd=$1
if [ "$cmd" = up ]; then n=$2 dir=$3; else dir=$2; fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
tag_file=$dir/tag

if [ "$cmd" = down ]; then
  [ -f "$tag_file" ] || exit 0
  tag=$(cat "$tag_file")
  for ns in $(ip netns list | awk '{print $1}' | grep -E "^ffnnh[0-9]+-$tag\$|^ffnnbr-$tag\$"); do
    ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -f "$tag_file"
  exit 0
fi

# A subnet of our own per run: 10.77.TAG.0/24, TAG from the process id.
tag=$(( ($$ % 200) + 20 ))
echo "$tag" >"$tag_file"
br=ffnnbr-$tag
ip netns add "$br" 2>/dev/null || exit 77
ip -n "$br" link add br0 type bridge
ip -n "$br" link set br0 up
for i in $(seq 0 $((n - 1))); do
  ns=ffnnh$i-$tag
  ip netns add "$ns"
  ip link add "v$i-$tag" type veth peer name "p$i-$tag"
  ip link set "v$i-$tag" netns "$ns"
  ip link set "p$i-$tag" netns "$br"
  ip -n "$ns" link set "v$i-$tag" name eth0
  ip -n "$ns" addr add "10.77.$tag.$((i + 1))/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" link set lo up
  ip -n "$br" link set "p$i-$tag" master br0
  ip -n "$br" link set "p$i-$tag" up
done

: >"$dir/hostfile"
for i in $(seq 0 $((n - 1))); do
  echo "ffnnh$i-$tag slots=1" >>"$dir/hostfile"
done
# ssh's place: `agent HOST COMMAND...` runs COMMAND in HOST's namespace
# with HOST as its hostname.
cat >"$dir/agent" <<AGENT
#!/usr/bin/env bash
host=\$1; shift
while [ "\${host#-}" != "\$host" ]; do host=\$1; shift; done
exec ip netns exec "\$host" unshare --uts sh -c "hostname \$host && \$*"
AGENT
cat >"$dir/run" <<RUN
#!/usr/bin/env bash
# run CMD...: mpirun in host 0 over the hosts of hostfile, TCP only, on
# the hosts' own subnet; waiting ranks yield their core, which the
# simulated hosts share.
exec ip netns exec ffnnh0-$tag unshare --uts sh -c 'hostname ffnnh0-$tag &&
  exec mpirun --hostfile "$dir/hostfile" --mca plm_rsh_agent "$dir/agent" \\
    --mca btl self,tcp --mca pml ob1 --mca mpi_yield_when_idle 1 \\
    --mca btl_tcp_if_include 10.77.$tag.0/24 \\
    --mca oob_tcp_if_include 10.77.$tag.0/24 "\$@"' run "\$@"
RUN
chmod +x "$dir/agent" "$dir/run"
