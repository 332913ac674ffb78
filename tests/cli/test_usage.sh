#!/usr/bin/env bash
# Help, version, and every usage error (exit code 2) of the ffnn command.
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv

# Help and version.
expect 0 "Usage: ffnn SUBCOMMAND" -- --help
expect 0 "Exit codes" -- --help
expect 0 "ffnn 1." -- --version
for sub in train eval predict info export-c; do
  expect 0 "Usage: ffnn $sub" -- "$sub" --help
done
expect 0 "Usage: ffnn eval" -- help eval
expect 2 "Usage: ffnn SUBCOMMAND" --

# The command line itself.
expect_error 2 "unknown subcommand 'fly'" -- fly
expect_error 2 "unknown flag '--nope'" -- train --nope
expect_error 2 "unknown flag '--lr'" -- eval --lr 1 --model m
expect_error 2 "unexpected argument 'extra'" -- info --model m extra
expect_error 2 "flag --lr needs a value" -- train --csv "$B" --lr
expect_error 2 "flag --header takes no value" -- train --header=1
expect_error 2 "missing required flag --model" -- train --csv "$B" \
  --label-column 2 --layers 2,3
expect_error 2 "missing required flag --layers" -- train --csv "$B" \
  --label-column 2 --model m.safetensors
expect_error 2 "missing required flag --model" -- eval --csv "$B"
expect_error 2 "missing required flag --out" -- export-c --model m

# Bad numbers.
T=(train --csv "$B" --label-column 2 --layers 2,8,3 --model m.safetensors)
expect_error 2 "--lr: 'fast' is not a finite number" -- "${T[@]}" --lr fast
expect_error 2 "--lr: 'nan' is not a finite number" -- "${T[@]}" --lr nan
expect_error 2 "--epochs: '-3' is not a whole number >= 0" -- "${T[@]}" \
  --epochs -3
expect_error 2 "--batch: '2x' is not a whole number" -- "${T[@]}" --batch 2x
expect_error 2 "--label-column: 'last' is not a whole number" -- train \
  --csv "$B" --label-column last --layers 2,3 --model m.safetensors
expect_error 2 "--epochs must be at least 1" -- "${T[@]}" --epochs 0
expect_error 2 "--batch must be at least 1" -- "${T[@]}" --batch=0
expect_error 2 "--lr must be > 0" -- "${T[@]}" --lr -1
expect_error 2 "--momentum must be in [0, 1)" -- "${T[@]}" --momentum 1
expect_error 2 "--val must be in [0, 1)" -- "${T[@]}" --val 1
expect_error 2 "--weight-decay must be >= 0" -- "${T[@]}" --weight-decay -1
expect_error 2 "--classes must be at least 1" -- "${T[@]}" --classes 0
expect_error 2 "--classes goes with class labels" -- train --csv "$B" \
  --targets 1 --layers 2,1 --classes 2 --model m.safetensors
expect_error 2 "--min-accuracy must be in [0, 1]" -- eval --model m \
  --csv "$B" --label-column 2 --min-accuracy 96
expect_error 2 "--limit must be at least 1" -- predict --model m --csv "$B" \
  --limit 0

# Bad names and architectures.
expect_error 2 "--layers: '2,,3' is not a list" -- "${T[@]}" --layers 2,,3
expect_error 2 "--layers: '2,0,3' is not a list" -- "${T[@]}" --layers 2,0,3
expect_error 2 "needs at least an input and an output" -- "${T[@]}" --layers 2
expect_error 2 "--hidden: 'softmax' is not linear|sigmoid|tanh|relu|leaky_relu|elu|gelu|silu|softplus (softmax" -- "${T[@]}" --hidden softmax
expect_error 2 "--output: unknown 'soft'" -- "${T[@]}" --output soft
expect_error 2 "--loss: unknown 'hinge'" -- "${T[@]}" --loss hinge
expect_error 2 "--schedule: unknown 'linear' (constant|step|cosine)" -- \
  "${T[@]}" --schedule linear
expect_error 2 "--optimizer: unknown 'lbfgs'" -- "${T[@]}" --optimizer lbfgs
expect_error 2 "--loss ce needs --output softmax, not sigmoid" -- \
  "${T[@]}" --loss ce --output sigmoid
expect_error 2 "--val 0.999 leaves no training samples" -- "${T[@]}" \
  --val 0.999
expect_error 2 "--name: '9lives' is not a C identifier" -- export-c \
  --model m --out m.c --name 9lives

# Data flags that do not fit together.
expect_error 2 "no data: give --csv FILE" -- train --layers 2,3 \
  --model m.safetensors
expect_error 2 "give --csv or --images, not both" -- "${T[@]}" --images x
expect_error 2 "give --label-column or --targets, not both" -- "${T[@]}" \
  --targets 1
expect_error 2 "which columns are targets?" -- train --csv "$B" \
  --layers 2,3 --model m.safetensors
expect_error 2 "--labels goes with --images, not --csv" -- "${T[@]}" \
  --labels x
expect_error 2 "missing --labels FILE for --images" -- eval --model m \
  --images x
expect_error 2 "--labels needs --images" -- predict --model m --labels x
expect_error 2 "go with --csv, not --images" -- predict --model m \
  --images x --header
expect_error 2 "give --draw or --classes, not both" -- predict --model m \
  --csv "$B" --draw --classes

# Output files that cannot be created.
expect_error 2 "--model: cannot write no/such/dir/m.safetensors" -- train \
  --csv "$B" --label-column 2 --layers 2,3 --model no/such/dir/m.safetensors
expect_error 2 "--metrics: cannot create no/such/dir/m.csv" -- "${T[@]}" \
  --metrics no/such/dir/m.csv --epochs 1

# Started by an MPI launcher as one of several ranks, only `ffnn train`
# of a build with MPI runs; every other case is refused (a build without
# MPI would race N trainings on one file), the message once, from rank 0.
OMPI_COMM_WORLD_SIZE=2 OMPI_COMM_WORLD_RANK=0 expect_error 2 "MPI launcher" \
  -- info --model x.safetensors
OMPI_COMM_WORLD_SIZE=2 OMPI_COMM_WORLD_RANK=1 expect 2 "" \
  -- info --model x.safetensors
check "rank 1 is silent" test ! -s out.txt

finish
