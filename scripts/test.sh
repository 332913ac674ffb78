#!/usr/bin/env bash
# The whole test suite: install what is missing, build with -Werror, check
# the installed package (pkg-config, find_package, exported symbols), then
# run the CMocka tests through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export FFNN_BUILD_DIR=${FFNN_BUILD_DIR:-$root/build}
bash "$root/scripts/deps.sh"
bash "$root/scripts/build.sh" -DFFNN_WERROR=ON >/dev/null
bash "$root/scripts/check-install.sh"
ctest --test-dir "$FFNN_BUILD_DIR" --output-on-failure
