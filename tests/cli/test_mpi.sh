#!/usr/bin/env bash
# `mpirun -np N ffnn train` (issue #15): the same model as `ffnn train` with
# the same flags, to a stated tolerance; one model, metrics and checkpoint
# file, written by rank 0; --resume under mpirun; one exit code for flag
# and data errors; a build without MPI refusing to run as several ranks;
# and plain `ffnn train` not starting MPI. Run as
#   bash test_mpi.sh PATH/TO/ffnn FIXTURE_DIR PATH/TO/ffnn-without-MPI
source "$(dirname "$0")/lib.sh"
PLAIN=$(realpath "${3:?the ffnn built without MPI}")
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_rmaps_base_oversubscribe=1 OMPI_MCA_pml=ob1 \
       OMPI_MCA_btl=self,vader OMPI_MCA_mpi_yield_when_idle=1

# mpi NP CODE TEXT -- ARGS...: `mpirun -np NP ffnn ARGS...`, bounded, its
# output in out.txt; exit code CODE, output containing TEXT.
mpi() {
  local np=$1 code=$2 text=$3
  shift 4
  checks=$((checks + 1))
  timeout -k 10 120 mpirun -np "$np" "$FFNN" "$@" >out.txt 2>&1
  local got=$?
  if [ "$got" -ne "$code" ]; then
    fail_check "mpirun -np $np ffnn $* -> exit $got, expected $code"
  elif [ -n "$text" ] && ! grep -qF -- "$text" out.txt; then
    fail_check "mpirun -np $np ffnn $* -> output lacks '$text'"
  fi
}

# The largest |a - b| / max |b| over two files of predicted outputs.
gap() {
  paste -d, "$1" "$2" | awk -F, '{ n = NF / 2; for (i = 1; i <= n; i++) {
      d = $i - $(i + n); if (d < 0) d = -d; if (d > g) g = d;
      s = $(i + n) < 0 ? -$(i + n) : $(i + n); if (s > m) m = s } }
    END { printf "%.3g\n", g / m }'
}
# Predictions of two models agree to 1e-4 relative: 12 epochs of 2 ranks
# summing in another order than one process, far below what a wrong
# weighting gives (1/N instead of b_r/G moves them by 1e-2 and more).
close_to() {
  "$FFNN" predict --csv data.csv --label-column 16 --model "$1" >a.txt &&
    "$FFNN" predict --csv data.csv --label-column 16 --model "$2" >b.txt &&
    awk -v g="$(gap a.txt b.txt)" 'BEGIN { exit !(g <= 1e-4) }'
}

awk 'BEGIN { srand(3); for (i = 0; i < 500; i++) { c = i % 4; s = "";
  for (j = 0; j < 16; j++) s = s sprintf("%.4f,", rand() + (j % 4 == c));
  print s c } }' >data.csv
# 450 training rows in batches of 64: the last one of 2 rows, uneven.
RUN=(train --csv "$WORK/data.csv" --label-column 16 --layers 16,32,4 --batch 64
  --val 0.1 --epochs 12 --seed 3)

for opt in sgd momentum adam; do
  expect 0 "saved" -- "${RUN[@]}" --optimizer "$opt" --model "one-$opt.st"
  mkdir "run-$opt" && cd "run-$opt" || exit 1
  mpi 2 0 "saved" -- "${RUN[@]}" --optimizer "$opt" --model "two.st" \
    --metrics metrics.csv --checkpoint ck.st
  check "$opt: 2 ranks print one progress report" \
    test "$(grep -c '^epoch 12/12' out.txt)" -eq 1
  check "$opt: one model, one metrics file, one checkpoint, nothing else" \
    test "$(ls -A | grep -v -x -e out.txt -e check.txt | sort | tr "\n" " ")" = "ck.st metrics.csv two.st "
  check "$opt: 12 rows of metrics" test "$(wc -l <metrics.csv)" -eq 13
  cd .. || exit 1
  check "$opt: 2 ranks train the model 1 process does" \
    close_to "run-$opt/two.st" "one-$opt.st"
  mpi 3 0 "" -- "${RUN[@]}" --optimizer "$opt" --model "three-$opt.st" --quiet
  check "$opt: 3 ranks too" close_to "three-$opt.st" "one-$opt.st"
done

# Kill one rank mid-training: mpirun ends the job within a bounded time
# and says so, and 2 ranks resumed from the last checkpoint write the model
# of 2 ranks never stopped, byte for byte.
LONG=("${RUN[@]}" --optimizer momentum --epochs 150 --quiet)
mpi 2 0 "" -- "${LONG[@]}" --model long.st
timeout -k 10 120 mpirun -np 2 "$FFNN" "${LONG[@]}" --model killed.st \
  --checkpoint ck.st --checkpoint-every 7 >killed.txt 2>&1 &
job=$!
for _ in $(seq 3000); do [ -s ck.st ] && break; sleep 0.01; done
sleep 0.2
victim=$(pgrep -f -- "--model killed.st" | grep -v "^$job\$" | tail -n 1)
start=$(date +%s)
[ -n "$victim" ] && kill -9 "$victim"
wait "$job"
code=$?
checks=$((checks + 1))
if [ -z "$victim" ] || [ "$code" -eq 0 ] || [ $(($(date +%s) - start)) -gt 30 ] ||
  ! grep -q "signal 9" killed.txt; then
  fail_check "a killed rank: mpirun exit $code after $(($(date +%s) - start)) s" \
    killed.txt
fi
check "the killed run wrote no model" test ! -e killed.st
mpi 2 0 "" -- "${LONG[@]}" --model killed.st --checkpoint ck.st --resume ck.st
check "resumed under mpirun = never stopped" cmp killed.st long.st

# One exit code for flag and data errors, on every rank.
mpi 2 2 "unknown flag" -- train --bogus
mpi 3 3 "" -- train --csv missing.csv --label-column 0 --layers 2,1 \
  --model m.st
mpi 2 3 "" -- train --csv data.csv --label-column 16 --layers 15,4 \
  --model m.st
check "no model after the errors" test ! -e m.st
# Only train runs on several ranks.
mpi 2 2 "only 'ffnn train' runs on several ranks" -- info --model one-sgd.st

# A build without MPI refuses to be one of several ranks: exit 2.
checks=$((checks + 1))
timeout -k 10 60 mpirun -np 2 "$PLAIN" "${RUN[@]}" --model race.st >out.txt 2>&1
got=$?
if [ "$got" -ne 2 ] || ! grep -qF "built without MPI" out.txt ||
  [ -e race.st ]; then
  fail_check "ffnn without MPI under mpirun -np 2 -> exit $got, expected 2"
fi
OMPI_COMM_WORLD_SIZE=3 OMPI_COMM_WORLD_RANK=0 "$PLAIN" "${RUN[@]}" \
  --model race.st >out.txt 2>&1
check "a launcher's environment alone is refused too" test $? -eq 2

# Plain `ffnn train` does not start MPI. While MPI runs, Open MPI keeps a
# session directory in TMPDIR (and removes it at the end): the probe looks
# for one while the command runs, and must see mpirun's.
mkdir session
saw_session() {
  TMPDIR=$PWD/session "$@" >/dev/null 2>&1 &
  local pid=$! seen=0
  while kill -0 "$pid" 2>/dev/null; do
    [ -n "$(ls -A session)" ] && seen=1
    sleep 0.02
  done
  wait "$pid"
  echo "$seen"
}
check "the probe sees the session of mpirun -np 1 ffnn train" \
  test "$(saw_session timeout 60 mpirun -np 1 "$FFNN" "${LONG[@]}" \
    --epochs 40 --model p.st)" = 1
check "plain ffnn train starts no MPI session" \
  test "$(saw_session timeout 60 "$FFNN" "${LONG[@]}" --epochs 40 \
    --model p.st)" = 0
finish
