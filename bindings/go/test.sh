#!/usr/bin/env bash
# Runs the Go binding's vet and tests against an installed ffnn, found by
# pkg-config (the caller sets PKG_CONFIG_PATH, and LD_LIBRARY_PATH if the
# prefix is not on the loader's path). Installs Go from Debian if missing.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v go >/dev/null || need+=(golang-go)
command -v pkg-config >/dev/null || need+=(pkg-config)
command -v gcc >/dev/null || need+=(gcc) # cgo compiles with it
if [ ${#need[@]} -gt 0 ]; then
    apt-get -o DPkg::Lock::Timeout=600 update
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${need[@]}"
fi

# No module downloads (the module has no dependencies), no VCS stamping, and
# a build cache of this run's own, outside the repository: Go 1.19 reuses a
# cached cgo link line even when pkg-config now names another library
# directory (seen as "cannot find -lffnn" against a fresh install).
export GOPROXY=off GOFLAGS=-buildvcs=false GOTOOLCHAIN=local CGO_ENABLED=1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export GOCACHE="${GOCACHE:-$scratch/cache}" GOPATH="${GOPATH:-$scratch/path}"

go version
pkg-config --modversion ffnn
go vet ./...
go test -count=1 -v ./...
