#!/usr/bin/env bash
# Checkpoints, exact resume and interruption of `ffnn train`, the
# validation splits, and atomic output files (issue #14): a run killed with
# SIGKILL at a random moment, or stopped by SIGINT or SIGTERM, and resumed,
# writes a model byte-identical to the one an uninterrupted run writes.
source "$(dirname "$0")/lib.sh"

# 8x8 "images" of 3 classes, so that --augment-shift applies.
awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) { c = i % 3; s = "";
  for (j = 0; j < 64; j++) s = s sprintf("%.4f,", rand() * 0.5 + (j % 3 == c) * 0.5);
  print s c } }' >big.csv
RUN=(train --csv big.csv --label-column 64 --layers 64,64,3 --batch 16
  --val 0.1 --schedule cosine --augment-shift 1 --seed 5 --epochs 40 --quiet)

# Wait (up to 30 s) until the file exists: the run is under way.
wait_for_file() {
  for _ in $(seq 3000); do [ -s "$1" ] && return; sleep 0.01; done
}

no_temp_files() { ! ls -A | grep -q '\.tmp-'; }
now() { date +%s.%N; }
# The metrics without the seconds column, which no two runs share.
rows() { cut -d, -f1-5 "$1"; }

# kill_and_resume OPT NAME [FLAGS...]: an uninterrupted run of RUN (or of
# the array named by ARGS) with FLAGS, then one killed at a random moment
# after its first checkpoint and resumed from it; files are *-NAME.
kill_and_resume() {
  local opt=$1 name=$2 start killed=0
  shift 2
  local -n args=${ARGS:-RUN}
  local flags=("${args[@]}" --optimizer "$opt" "$@")
  start=$(now)
  "$FFNN" "${flags[@]}" --model "full-$name" \
    --metrics "full-$name.csv"
  took=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
  for attempt in 1 2 3 4; do
    rm -f "ck-$name"
    "$FFNN" "${flags[@]}" --model "cut-$name" \
      --checkpoint "ck-$name" --checkpoint-every 7 --metrics "cut-$name.csv" &
    local pid=$!
    wait_for_file "ck-$name"
    sleep "$(awk -v t="$took" -v r=$RANDOM -v a=$attempt \
      'BEGIN { print t * 0.6 * r / 32768 / a }')"
    kill -KILL "$pid" 2>/dev/null
    { wait "$pid"; } 2>/dev/null
    [ $? -eq 137 ] && { killed=1; break; }
  done
  check "$name: a run was killed after its first checkpoint" test "$killed" = 1
  "$FFNN" "${flags[@]}" --model "cut-$name" \
    --checkpoint "ck-$name" --checkpoint-every 7 --metrics "cut-$name.csv" \
    --resume "ck-$name"
  check "$name: resumed exit code" test $? = 0
  check "$name: killed and resumed = uninterrupted" cmp "full-$name" "cut-$name"
  check "$name: the same metrics" cmp <(rows "full-$name.csv") \
    <(rows "cut-$name.csv")
  check "$name: no temporary file left" no_temp_files
}
took=0 # the last uninterrupted run's seconds
for opt in sgd momentum adam; do kill_and_resume "$opt" "$opt"; done
# Early stopping carries its best epoch and weights in the checkpoints
# (this run stops after epoch 19, its best being 17, whose weights it
# keeps); it cannot shift the images every epoch.
NO_SHIFT=(train --csv big.csv --label-column 64 --layers 64,64,3 --batch 16
  --val 0.1 --schedule cosine --seed 5 --epochs 40 --quiet)
ARGS=NO_SHIFT kill_and_resume adam es --early-stop 2 --min-delta 1e-5
expect 0 "early stopping: best epoch 17 (monitored value 3.6" -- info \
  --model ck-es
check "info: the checkpoint's position is where it stopped" grep -qF \
  "the training position (19 epochs done)" out.txt

# info tells a checkpoint: 2700 training rows in batches of 16 are 169
# steps an epoch, 6760 in 40 epochs.
expect 0 "holds        a checkpoint: weights and biases, the optimizer (adam, step 6760)" \
  -- info --model ck-adam
check "info: the position" grep -qF "the training position (40 epochs done)" \
  out.txt
check "info: Adam's moments" grep -q "layers.2.bias.exp_avg_sq  *F32 \[3\]" \
  out.txt

# Resuming a run that had finished takes no step: the same model, exit 0.
expect 0 "" -- "${RUN[@]}" --optimizer adam --model again-adam --resume ck-adam
check "a finished run resumed saves its model unchanged" cmp full-adam again-adam
expect 0 "nothing to train: all 40 epochs were done" -- "${RUN[@]:0:19}" \
  --optimizer adam --model again-adam --resume ck-adam

# signal_midway SIGNAL READY ARGS...: run `ffnn ARGS...` (stderr to
# SIGNAL.err), and send it SIGNAL once the command READY succeeds (the run is
# under way); code = its exit code.
signal_midway() {
  local sig=$1 ready=$2 pid
  shift 2
  "$FFNN" "$@" 2>"$sig.err" &
  pid=$!
  for _ in $(seq 3000); do $ready && break; sleep 0.01; done
  kill -"$sig" "$pid"
  wait "$pid"
  code=$?
}
has_checkpoint() { [ -s ck-int ]; }
has_an_epoch() { [ -s term.csv ] && [ "$(wc -l <term.csv)" -ge 2 ]; }

# SIGINT: the current batch ends, the checkpoint and the model are written,
# the exit code is 130; resuming gives the uninterrupted model.
signal_midway INT has_checkpoint "${RUN[@]}" --optimizer adam --model int \
  --checkpoint ck-int --checkpoint-every 7
check "SIGINT exit code 130 (got $code)" test "$code" = 130
check "SIGINT says where the checkpoint is" grep -q \
  "SIGINT: stopped after epoch .* checkpoint in ck-int.*--resume ck-int" INT.err
check "SIGINT wrote the model" test -s int
"$FFNN" "${RUN[@]}" --optimizer adam --model int --checkpoint ck-int \
  --checkpoint-every 7 --resume ck-int
check "SIGINT resumed = uninterrupted" cmp full-adam int

# SIGTERM without --checkpoint: MODEL.checkpoint, exit code 143.
# (The metrics file has its first row after epoch 1, of 40.)
signal_midway TERM has_an_epoch "${RUN[@]}" --optimizer momentum --model term \
  --metrics term.csv
check "SIGTERM exit code 143 (got $code)" test "$code" = 143
check "SIGTERM checkpoint beside the model" test -s term.checkpoint
"$FFNN" "${RUN[@]}" --optimizer momentum --model term --resume term.checkpoint
check "SIGTERM resumed = uninterrupted" cmp full-momentum term

# Resuming with other flags or data is refused, naming the difference.
expect_error 2 "was made with --lr=0.00100000005, this run has --lr=0.5" -- \
  "${RUN[@]}" --optimizer adam --model x --resume ck-adam --lr 0.5
head -n 2999 big.csv >less.csv
expect_error 2 "was made with data=3000x64+3:" -- train --csv less.csv \
  "${RUN[@]:3}" --optimizer adam --model x --resume ck-adam
expect_error 3 "is not a checkpoint of \`ffnn train\`" -- "${RUN[@]}" \
  --optimizer adam --model x --resume full-adam
expect_error 2 "--checkpoint-every needs --checkpoint FILE" -- "${RUN[@]}" \
  --model x --checkpoint-every 3

# --val-split on data sorted by class (as iris.csv is): "last" holds out
# one class only; stratified holds out each class's share.
awk 'BEGIN { for (c = 0; c < 3; c++) for (i = 0; i < 50; i++)
  printf "%.3f,%.3f,%d\n", c + i / 100, 2 - c + i / 200, c }' >sorted.csv
S=(train --csv sorted.csv --label-column 2 --layers 2,8,3 --epochs 1 --val 0.2
  --model s)
expect 0 "30 held out: by class 0 0 30)" -- "${S[@]}" --val-split last
expect 0 "30 held out: by class 10 10 10)" -- "${S[@]}" --val-split stratified
expect 0 "30 held out: by class" -- "${S[@]}"
check "the default split does not hold out one class" \
  bash -c "! grep -q 'by class 0 0 30' out.txt"
expect_error 2 "--val-split: unknown 'random'" -- "${S[@]}" --val-split random

# Outputs are atomic: a write that runs into a file size limit fails with
# the reason and leaves the old file as it was, and no temporary file.
"$FFNN" "${RUN[@]}" --optimizer adam --epochs 1 --model old
cp old old.copy
# (GCOV_PREFIX: a coverage build must not write its counts over the limit.)
(export GCOV_PREFIX=$WORK/gcov; trap '' XFSZ; ulimit -f 4
  exec "$FFNN" "${RUN[@]}" --optimizer adam \
  --epochs 1 --layers 64,256,3 --model old) >out.txt 2>&1
check "a model write over the size limit fails with the reason" \
  grep -q "cannot write old: File too large" out.txt
check "the old model is untouched" cmp old old.copy
{ (export GCOV_PREFIX=$WORK/gcov; ulimit -f 4
  exec "$FFNN" "${RUN[@]}" --optimizer adam --epochs 1 \
  --layers 64,256,3 --model old) >out.txt 2>&1; } 2>/dev/null
check "killed by SIGXFSZ, the old model is untouched" cmp old old.copy
check "no temporary file left" no_temp_files
"$FFNN" export-c --model old --out old.c >/dev/null
cp old.c old.c.copy
(export GCOV_PREFIX=$WORK/gcov; trap '' XFSZ; ulimit -f 1
  exec "$FFNN" export-c --model full-adam \
  --out old.c) >out.txt 2>&1
check "export-c over the size limit fails" grep -q "File too large" out.txt
check "the old C file is untouched" cmp old.c old.c.copy
check "no temporary file left" no_temp_files
finish
