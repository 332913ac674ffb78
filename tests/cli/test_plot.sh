#!/usr/bin/env bash
# --plot (issue #17): the pictures of `ffnn train`, `eval` and `info`,
# checked twice: as SVG, parsed as XML, whose elements must hold the data
# (plot_check.py); and as a browser shows them, in screenshots by headless
# Chromium whose pixels must show it. Without a Chromium that starts, the
# test exits 77 (skipped, saying so) once the SVG checks have passed.
# FFNN_PLOT_KEEP=DIR keeps the pictures and screenshots there, to look at.
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv
CHECK=(python3 "$FIXTURES/plot_check.py")
BLOBS=(train --csv "$B" --label-column 2 --layers 2,8,3 --val 0.2)

# The epoch of the lowest validation loss in a metrics CSV.
lowest_val_loss() {
  awk -F, 'NR > 1 && (best == "" || $4 < best) { best = $4; epoch = $1 }
           END { print epoch }' "$1"
}
no_temp_files() { ! ls -A | grep -q '\.tmp-'; }

# ---- train: the curves and the best epoch ----
expect 0 "saved    m.safetensors" -- "${BLOBS[@]}" --optimizer momentum \
  --lr 0.2 --epochs 25 --metrics m.csv --plot train.svg --model m.safetensors
best=$(lowest_val_loss m.csv)
check "train: the lowest val loss is mid-run (epoch $best), to tell" \
  test "$best" -gt 1 -a "$best" -lt 25
check "train: a self-contained, titled SVG" "${CHECK[@]}" svg train.svg
check "train: 25 points a curve, epoch $best marked" "${CHECK[@]}" train \
  train.svg m.csv "$best"

# Early stopping's best epoch is the library's: --min-delta makes it
# another than the lowest loss.
expect 0 "stopped early; best epoch" -- "${BLOBS[@]}" --optimizer momentum \
  --lr 0.2 --epochs 25 --early-stop 6 --min-delta 0.02 --metrics stop.csv \
  --plot stop.svg --model stop.safetensors
stopped=$(sed -n 's/.*best epoch \([0-9]*\) .*/\1/p' out.txt)
check "early stop: best epoch $stopped is not the lowest loss's" \
  test "$stopped" != "$(lowest_val_loss stop.csv)"
check "early stop: epoch $stopped marked" "${CHECK[@]}" train stop.svg \
  stop.csv "$stopped"

# A regression has no accuracy: one panel.
awk 'BEGIN { srand(3); print "a,b,t"; for (i = 0; i < 80; i++) {
  a = rand(); b = rand(); printf "%.4f,%.4f,%.4f\n", a, b, a - 2 * b } }' \
  >reg.csv
expect 0 "" -- train --csv reg.csv --targets 1 --layers 2,4,1 --epochs 8 \
  --val 0.25 --metrics reg.csv.m --plot reg.svg --model reg.safetensors
check "regression: loss only" "${CHECK[@]}" train reg.svg reg.csv.m \
  "$(lowest_val_loss reg.csv.m)" noacc

# Resumed, the picture holds the first run's epochs too: stopped by SIGINT
# after a few epochs, then resumed, it is the uninterrupted run's.
awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) { c = i % 3; s = "";
  for (j = 0; j < 64; j++) s = s sprintf("%.4f,", rand() * 0.5 + (j % 3 == c) * 0.5);
  print s c } }' >big.csv
RUN=(train --csv big.csv --label-column 64 --layers 64,256,256,3 --batch 16
  --val 0.1 --optimizer sgd --lr 0.02 --epochs 60 --quiet)
"$FFNN" "${RUN[@]}" --model full --metrics full.csv --plot full.svg
"$FFNN" "${RUN[@]}" --model cut --checkpoint ck --metrics cut.csv \
  --plot cut.svg 2>INT.err &
pid=$!
for _ in $(seq 3000); do
  [ -s cut.csv ] && [ "$(wc -l <cut.csv)" -ge 4 ] && break
  sleep 0.01
done
kill -INT "$pid"
wait "$pid"
code=$?
check "resume: SIGINT stopped the run (exit $code)" test "$code" = 130
check "resume: the stopped run's picture has its $(($(wc -l <cut.csv) - 1)) epochs" \
  "${CHECK[@]}" train cut.svg cut.csv "$(lowest_val_loss cut.csv)"
check "resume: fewer than 60 epochs before the stop" test "$(wc -l <cut.csv)" -lt 61
"$FFNN" "${RUN[@]}" --model cut --checkpoint ck --metrics cut.csv \
  --plot cut.svg --resume ck
check "resume: exit 0" test $? = 0
check "resume: all 60 epochs drawn" "${CHECK[@]}" train cut.svg cut.csv \
  "$(lowest_val_loss cut.csv)"
check "resume: the curves are the uninterrupted run's" \
  "${CHECK[@]}" same-curves cut.svg full.svg
check "no temporary file left" no_temp_files

# ---- eval: the confusion matrix ----
expect 0 "" -- "${BLOBS[@]}" --epochs 1 --lr 0.005 --model weak.safetensors
expect 0 "confusion matrix" -- eval --model weak.safetensors --csv "$B" \
  --label-column 2 --plot confusion.svg
cp out.txt eval.txt
check "eval: a matrix of several counts, to tell the cells apart" awk -F'|' \
  '/^ *[0-9]+ \|/ { n = split($2, c, " "); for (i = 1; i <= n; i++) seen[c[i]] }
   END { for (s in seen) k++; exit k < 4 }' eval.txt
check "eval: a self-contained, titled SVG" "${CHECK[@]}" svg confusion.svg
check "eval: 9 cells with the counts eval prints" "${CHECK[@]}" confusion \
  confusion.svg eval.txt

# ---- info: the network ----
expect 0 "architecture 2-8-3" -- info --model m.safetensors --plot net.svg
check "info: a self-contained, titled SVG" "${CHECK[@]}" svg net.svg
check "info 2-8-3: 13 neurons, 40 edges" "${CHECK[@]}" network net.svg 2,8,3
awk 'BEGIN { srand(5); for (i = 0; i < 20; i++) { s = "";
  for (j = 0; j < 784; j++) s = s sprintf("%.2f,", rand()); print s (i % 10) } }' \
  >wide.csv
expect 0 "" -- train --csv wide.csv --label-column 784 --layers 784,16,10 \
  --epochs 1 --model wide.safetensors --quiet
expect 0 "architecture 784-16-10" -- info --model wide.safetensors \
  --plot wide.svg
check "info 784-16-10: an ellipsis, no edges" "${CHECK[@]}" network wide.svg \
  784,16,10
# Markup in a file name is text in the picture, not markup.
cp m.safetensors 'a&b <c>.safetensors'
expect 0 "" -- info --model 'a&b <c>.safetensors' --plot amp.svg
check "info: a name with & and < is escaped" "${CHECK[@]}" title amp.svg \
  'network of a&b <c>.safetensors'

# ---- errors: before any work, exit 2 like the other output flags ----
expect_error 2 "--plot: cannot create nowhere/p.svg" -- "${BLOBS[@]}" \
  --epochs 2 --model never.safetensors --plot nowhere/p.svg
check "train: nothing trained for a bad --plot" test ! -s stdout.txt -a \
  ! -e never.safetensors
expect_error 2 "--plot: cannot create nowhere/p.svg" -- eval \
  --model m.safetensors --csv "$B" --label-column 2 --plot nowhere/p.svg
expect_error 2 "--plot: cannot create nowhere/p.svg" -- info \
  --model m.safetensors --plot nowhere/p.svg
expect_error 2 "--plot draws a classifier's confusion matrix, but \
reg.safetensors is a regression model (linear output, mse loss)" -- eval \
  --model reg.safetensors --csv reg.csv --targets 1 --plot r.svg
check "eval: no picture of a regression" test ! -e r.svg

# ---- what a person sees ----
shoot() {
  rm -f "$2"
  timeout 120 chromium --headless --disable-gpu --no-sandbox \
    --hide-scrollbars --user-data-dir="$WORK/chromium" \
    --screenshot="$WORK/$2" --window-size=900,700 "file://$WORK/$1" \
    >>chromium.log 2>&1 && [ -s "$2" ]
}
why=""
if ! command -v chromium >/dev/null; then
  why="chromium is not installed"
elif ! shoot net.svg net.png; then
  why="chromium cannot start: $(grep -v dbus chromium.log | tail -2)"
fi
if [ -n "$why" ]; then
  [ "$failures" -eq 0 ] || finish
  echo "SKIP: $why; $checks checks of the SVG files passed, none of the" \
    "screenshots made"
  exit 77
fi
for picture in train stop reg confusion wide; do
  check "$picture: a screenshot" shoot "$picture.svg" "$picture.png"
done
check "train: curves, best epoch and title seen" "${CHECK[@]}" shot-train \
  train.png train.svg
check "early stop: its best epoch seen" "${CHECK[@]}" shot-train stop.png \
  stop.svg
check "regression: curves seen" "${CHECK[@]}" shot-train reg.png reg.svg
check "eval: the darkest cells hold the largest counts" "${CHECK[@]}" \
  shot-confusion confusion.png confusion.svg
check "info 2-8-3: blue and red edges, filled neurons" "${CHECK[@]}" \
  shot-network net.png net.svg
check "info 784-16-10: neurons, an ellipsis, no edges" "${CHECK[@]}" \
  shot-network wide.png wide.svg
if [ -n "${FFNN_PLOT_KEEP:-}" ]; then
  mkdir -p "$FFNN_PLOT_KEEP" && cp ./*.svg ./*.png "$FFNN_PLOT_KEEP"
fi
finish
