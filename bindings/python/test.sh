#!/usr/bin/env bash
# Tests of the Python binding against an installed ffnn, found through
# pkg-config (PKG_CONFIG_PATH), FFNN_LIBRARY or the loader's search path.
# Run from anywhere, e.g. from the repo root: bash bindings/python/test.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Debian's own interpreter: its numpy/pytest packages are installed for it,
# not for whatever `python3` comes first on PATH.
py=/usr/bin/python3

need=()
if [ -x "$py" ]; then
    "$py" -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
    "$py" -c 'import pytest' 2>/dev/null || need+=(python3-pytest)
    # ffnn.sklearn's tests run scikit-learn's check_estimator.
    "$py" -c 'import sklearn' 2>/dev/null || need+=(python3-sklearn)
    # The activations' parity tests and the safetensors interchange compare
    # with PyTorch (Debian's, about 50 s to install).
    "$py" -c 'import torch' 2>/dev/null || need+=(python3-torch)
else
    need+=(python3 python3-numpy python3-pytest python3-sklearn python3-torch)
fi
command -v pkg-config >/dev/null || need+=(pkg-config)
# The struct-layout test compiles a few lines of C against ffnn.h.
command -v "${CC:-cc}" >/dev/null || need+=(gcc libc6-dev)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

export PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONDONTWRITEBYTECODE=1 # leave no __pycache__ in the source tree
"$py" -c 'import ffnn; print("ffnn", ffnn.version(), "from", ffnn.library_path)'
# -p no:cacheprovider: no .pytest_cache in the source tree either.
"$py" -m pytest -q -rs -p no:cacheprovider "$here/tests"

# pip install and pip wheel, offline, each then tested as installed.
bash "$here/test_pip.sh"

# ffnn.mpi through mpi4py, on 2 and 3 ranks, where ffnn has its MPI library
# (and Open MPI, python3-mpi4py are there; a build without MPI skips it).
if pkg-config --exists ffnn-mpi 2>/dev/null; then
    "$py" -c 'import mpi4py' 2>/dev/null || {
        echo "installing: python3-mpi4py"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-mpi4py >/dev/null; }
    for np in 2 3; do
        bash "$here/../../tests/mpi/run.sh" "$np" "$py" "$here/tests/mpi_check.py"
    done
else
    echo "python: ffnn.mpi skipped: this ffnn has no MPI library (pkg-config ffnn-mpi)"
fi
