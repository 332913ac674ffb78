#!/usr/bin/env bash
# Runs the Rust binding's tests against an installed ffnn, found through
# pkg-config (PKG_CONFIG_PATH) or FFNN_LIBRARY. Call from anywhere, e.g.
#   bash bindings/rust/test.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# rustup installs into ~/.cargo/bin, which a non-login shell may not have.
export PATH="$PATH:${CARGO_HOME:-$HOME/.cargo}/bin"
need=()
command -v cargo >/dev/null || need+=(cargo)
command -v pkg-config >/dev/null || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
    echo "test.sh: installing ${need[*]} from Debian" >&2
    apt-get -o DPkg::Lock::Timeout=600 update
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${need[@]}"
fi
cargo --version

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/target}"
# Builds the example too (so the README's example keeps compiling), runs the
# unit, integration and doc tests, and prints one "test result:" per binary.
cargo test --offline --manifest-path "$here/Cargo.toml"
