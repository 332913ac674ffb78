#!/usr/bin/env bash
# Runtime failures (exit code 1): the library refusing a step, a model that
# cannot be saved, an accuracy below --min-accuracy.
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv
T=(train --csv "$B" --label-column 2 --layers 2,8,3 --quiet)

expect_error 1 "ffnn_train failed: FFNN_ERR_NUMERIC" -- "${T[@]}" \
  --optimizer sgd --lr 1e30 --model m.safetensors
check "the library's message is shown" grep -q "learning rate too large" \
  out.txt
check "no model is left behind" test ! -e m.safetensors

mkdir taken
expect_error 1 "cannot save model taken: FFNN_ERR_IO" -- "${T[@]}" \
  --epochs 1 --model taken

expect 0 "" -- "${T[@]}" --epochs 1 --model weak.safetensors
expect_error 1 "is below --min-accuracy 99.00%" -- eval \
  --model weak.safetensors --csv "$B" --label-column 2 --min-accuracy 0.99

finish
