#!/usr/bin/env bash
# Install what building and testing ffnn needs, from Debian/Ubuntu packages,
# skipping what is already there. Extra package names may be passed.
set -euo pipefail
want=(cmake make pkg-config gcc libc6-dev libopenblas-dev libcmocka-dev
      libjansson-dev zlib1g-dev "$@")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
