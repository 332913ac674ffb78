#!/usr/bin/env bash
# The two ways the README installs the Python package, offline, with
# Debian's own pip, setuptools, wheel and venv (no index is asked): into a
# venv with pip install, and as a wheel installed into a second venv. Each
# time `import ffnn` must work with no environment variable, from the
# library inside the package, and the binding's tests must pass against
# the installed copy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py=/usr/bin/python3
need=()
"$py" -c 'import pip' 2>/dev/null || need+=(python3-pip)
"$py" -c 'import setuptools' 2>/dev/null || need+=(python3-setuptools)
"$py" -c 'import wheel' 2>/dev/null || need+=(python3-wheel)
"$py" -c 'import ensurepip' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clean=(env -u PKG_CONFIG_PATH -u LD_LIBRARY_PATH -u FFNN_LIBRARY -u PYTHONPATH
       PIP_NO_INDEX=1 PYTHONDONTWRITEBYTECODE=1)

check_installed() { # VENV: the package is the installed one, and works
    (cd "$work" && "${clean[@]}" "$1/bin/python" -c '
import os, sys, ffnn
where = os.path.dirname(ffnn.__file__)
assert where.startswith(sys.prefix), where
assert os.path.dirname(ffnn.library_path) == where, ffnn.library_path
assert ffnn.__version__ == ffnn.version()
print("pip: ffnn", ffnn.__version__, "from", where)')
    (cd "$work" && "${clean[@]}" "$1/bin/python" -m pytest -q -p no:cacheprovider \
        "$here/tests" | tail -n 1)
}

"$py" -m venv --system-site-packages "$work/env"
"${clean[@]}" "$work/env/bin/pip" install -q --no-build-isolation "$here"
check_installed "$work/env"

"${clean[@]}" "$py" -m pip wheel -q --no-build-isolation --no-deps \
    -w "$work/wheels" "$here"
"$py" -m venv --system-site-packages "$work/wheel-env"
"${clean[@]}" "$work/wheel-env/bin/pip" install -q "$work"/wheels/ffnn-*.whl
check_installed "$work/wheel-env"
