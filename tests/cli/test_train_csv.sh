#!/usr/bin/env bash
# Happy paths on CSV data: train (three blobs, XOR, a regression), then
# eval, predict and info on the models.
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv
X=$FIXTURES/xor.csv

# Three blobs, labels in the last column, header line detected.
expect 0 "saved    blobs.safetensors" -- train --csv "$B" --label-column 2 \
  --layers 2,16,3 --epochs 40 --lr 0.01 --val 0.2 --metrics metrics.csv \
  --model blobs.safetensors
expect 0 "2-16-3, relu hidden, softmax output, ce loss, 99 parameters" -- \
  train --csv "$B" --label-column 2 --layers 2,16,3 --epochs 1 \
  --model again.safetensors
check "metrics: header and 40 epochs" test "$(head -1 metrics.csv)" = \
  "epoch,train_loss,train_acc,val_loss,val_acc,seconds" -a \
  "$(wc -l <metrics.csv)" -eq 41
check "metrics: six fields per line" awk -F, 'NF != 6 { exit 1 }' metrics.csv
check "metrics: the loss falls" awk -F, \
  'NR == 2 { first = $2 } END { exit !($2 < first / 2) }' metrics.csv

# Same seed, same model.
"$FFNN" train --csv "$B" --label-column 2 --layers 2,16,3 --epochs 40 \
  --lr 0.01 --val 0.2 --model again.safetensors --quiet
check "training is deterministic" cmp blobs.safetensors again.safetensors
expect 0 "" -- train --csv "$B" --label-column 2 --layers 2,16,3 \
  --epochs 1 --model quiet.safetensors --quiet
check "--quiet prints nothing" test ! -s out.txt

expect 0 "confusion matrix" -- eval --model blobs.safetensors --csv "$B" \
  --label-column -1
check "eval: accuracy above 90%" awk \
  '/^accuracy/ { sub("%", "", $2); ok = $2 + 0 >= 90 } END { exit !ok }' out.txt
expect 0 "correct   " -- eval --model blobs.safetensors --csv "$B" \
  --label-column 2 --min-accuracy 0.9
expect_error 1 "is below --min-accuracy 100.00%" -- eval \
  --model quiet.safetensors --csv "$B" --label-column 2 --min-accuracy 1

expect 0 "" -- predict --model blobs.safetensors --csv "$B" --label-column 2
check "predict: 180 rows of 3 probabilities summing to 1" awk -F, \
  'NF != 3 || ($1 + $2 + $3 - 1) ^ 2 > 1e-10 { exit 1 }
   END { exit NR != 180 }' \
  out.txt
expect 0 "" -- predict --model blobs.safetensors --csv "$B" --label-column 2 \
  --classes
tail -n +2 "$B" | cut -d, -f3 | paste -d' ' - out.txt >pairs.txt
check "predict --classes agrees with the labels" awk \
  '$1 == $2 { right++ } END { exit !(NR == 180 && right >= 162) }' pairs.txt
expect 0 "" -- predict --model blobs.safetensors --csv "$B" --label-column 2 \
  --limit 5 --out five.csv
check "predict --out: nothing on stdout, 5 rows in the file" test ! -s \
  out.txt -a "$(wc -l <five.csv)" -eq 5

expect 0 "architecture 2-16-3" -- info --model blobs.safetensors
for text in "layer 1    2 -> 16, relu" "layer 2    16 -> 3, softmax" \
  "loss         ce" "parameters   99" "format                 ffnn" \
  "sizes                  2,16,3" \
  "layers.1.weight                  F32 [16, 2]" \
  "holds        a model: weights and biases (no optimizer state)" \
  "file         blobs.safetensors ($(stat -c %s blobs.safetensors) bytes)"; do
  check "info shows '$text'" grep -qF "$text" out.txt
done

# XOR: one 0/1 target column gives a sigmoid output and bce.
expect 0 "tanh hidden, sigmoid output, bce loss" -- train --csv "$X" \
  --targets 1 --layers 2,8,1 --hidden tanh --epochs 300 --batch 4 \
  --lr 0.05 --model xor.safetensors
expect 0 "" -- predict --model xor.safetensors --csv "$X" --targets 1 \
  --classes
check "XOR learnt" test "$(tr '\n' ' ' <out.txt)" = "0 1 1 0 "
expect 0 "accuracy  100.00%" -- eval --model xor.safetensors --csv "$X" \
  --targets 1
# The same with --label-column and a single 0/1 output.
expect 0 "saved" -- train --csv "$X" --label-column 2 --classes 1 \
  --layers 2,8,1 --hidden tanh --epochs 300 --batch 4 --lr 0.05 \
  --optimizer nesterov --model xor2.safetensors --seed 3

# Regression: targets that are not 0/1 give a linear output and mse.
awk -F, 'NR > 1 { print $1 "," $2 "," $1 - 2 * $2 }' "$B" >sum.csv
expect 0 "relu hidden, linear output, mse loss" -- train --csv sum.csv \
  --targets 1 --layers 2,16,1 --epochs 60 --optimizer momentum --lr 0.01 \
  --model sum.safetensors
expect 0 "loss      " -- eval --model sum.safetensors --csv sum.csv \
  --targets 1
check "eval of a regression shows no accuracy" test -z \
  "$(grep accuracy out.txt)"
check "regression learnt" awk '/^loss/ { exit !($2 < 0.1) }' out.txt

# On a terminal, a progress bar redrawn in place.
script -qec "'$FFNN' train --csv '$B' --label-column 2 --layers 2,4,3 \
  --epochs 2 --model tty.safetensors" /dev/null >tty.txt
check "progress bar on a terminal" grep -q \
  'epoch 1/2 \[#*\.*\] .*samples/s.*loss' tty.txt

finish
