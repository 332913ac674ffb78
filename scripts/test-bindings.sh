#!/usr/bin/env bash
# The Python, Rust and Go bindings' tests against a freshly installed copy
# of the build in $FFNN_BUILD_DIR (each test.sh installs its toolchain from
# Debian when missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFNN_BUILD_DIR:-$root/build}
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(dirname "$(find "$prefix" -name libffnn.so | head -1)")
export PKG_CONFIG_PATH="$libdir/pkgconfig" LD_LIBRARY_PATH="$libdir"
export CARGO_TARGET_DIR="$prefix/cargo-target"
cd "$root"
for lang in python rust go; do
  echo "== bindings/$lang"
  bash "bindings/$lang/test.sh"
done
