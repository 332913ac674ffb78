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
else
    need+=(python3 python3-numpy python3-pytest)
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
exec "$py" -m pytest -q -rs -p no:cacheprovider "$here/tests"
