#!/usr/bin/env bash
# The whole test suite: install what is missing, build with -Werror, check
# the header (C99/C11/C++) and the ABI against abi/, check the installed
# package (pkg-config, find_package, exported symbols), run the bindings'
# tests against an installed copy, run the suite under ASan+UBSan and
# valgrind, measure coverage, fuzz each harness briefly (FFNN_FUZZ_SECONDS,
# default 30; fuzz_api FFNN_FUZZ_API_SECONDS more, default 120), and last
# run the CMocka tests of the main build with ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export FFNN_BUILD_DIR=${FFNN_BUILD_DIR:-$root/build}
# chromium and a font: tests/cli/test_plot.sh looks at the --plot pictures.
bash "$root/scripts/deps.sh" abigail-tools openmpi-bin libopenmpi-dev iproute2 \
  chromium fonts-dejavu-core
bash "$root/scripts/build.sh" -DFFNN_WERROR=ON >/dev/null
bash "$root/scripts/check-header.sh"
bash "$root/scripts/check-abi.sh"
bash "$root/scripts/check-install.sh"
bash "$root/scripts/test-bindings.sh"
bash "$root/scripts/test-sanitize.sh"
bash "$root/scripts/test-valgrind.sh"
bash "$root/scripts/coverage.sh"
bash "$root/scripts/fuzz.sh" "${FFNN_FUZZ_SECONDS:-30}"
# fuzz_api drives the step's overflow proof, whose bugs hide deep: longer.
bash "$root/scripts/fuzz.sh" "${FFNN_FUZZ_API_SECONDS:-120}" fuzz_api
ctest --test-dir "$FFNN_BUILD_DIR" --output-on-failure
