#!/usr/bin/env bash
# The main job: install what is missing, build, get MNIST digits (8000 to
# train on, 2000 to test on), train a 784-256-10 network with the `ffnn`
# command, evaluate it on the test digits (loss, accuracy, confusion matrix),
# and draw a few test digits beside the labels the network gives them.
# Fails (non-zero) if the test accuracy is below 96%.
# The data and the model go to $FFNN_DATA_DIR (default <repo>/data/mnist).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFNN_BUILD_DIR:-$root/build}
export FFNN_DATA_DIR=${FFNN_DATA_DIR:-$root/data/mnist}
data=$FFNN_DATA_DIR
model=$data/model.safetensors

extra=()
command -v node >/dev/null && command -v npm >/dev/null || extra=(nodejs npm)
bash "$root/scripts/deps.sh" "${extra[@]}"
bash "$root/scripts/build.sh" >/dev/null
bash "$root/scripts/get-mnist.sh"
ffnn=$build/tools/ffnn

echo
echo "== ffnn train: 784-256-10, relu + softmax, momentum SGD, cosine rate,"
echo "   images shifted by up to 1 pixel each epoch"
"$ffnn" train \
  --images "$data/train-images-idx3-ubyte" \
  --labels "$data/train-labels-idx1-ubyte" \
  --layers 784,256,10 --hidden relu --output softmax --loss ce \
  --optimizer momentum --momentum 0.9 --lr 0.05 --schedule cosine \
  --batch 32 --epochs 30 --augment-shift 1 --seed 1 \
  --model "$model" --metrics "$data/metrics.csv"

test_data=(--images "$data/test-images-idx3-ubyte"
           --labels "$data/test-labels-idx1-ubyte")
echo
echo "== ffnn eval on the 2000 test digits"
status=0
"$ffnn" eval --model "$model" "${test_data[@]}" --min-accuracy 0.96 ||
  status=$?

echo
echo "== ffnn predict --draw on the first test digits"
"$ffnn" predict --model "$model" "${test_data[@]}" --draw --limit 3

echo
echo "model:   $model"
echo "metrics: $data/metrics.csv"
exit "$status"
