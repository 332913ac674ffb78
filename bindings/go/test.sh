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
version=$(pkg-config --modversion ffnn)
echo "$version"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
    echo "not gofmt-formatted: $unformatted" >&2
    exit 1
fi
go vet ./...
go test -count=1 -v ./...

# The README's recipe for using the module from another one: a throwaway
# module whose go.mod has the README's require and replace lines (their
# placeholder path made this folder's), built with nothing downloaded, and
# run. Go does not check the path a replacement folder declares, so the
# README's lines and import are checked against go.mod's path here.
echo "== a module using this one, as README.md says"
here=$(pwd)
module=$(go list -m)
recipe() { # the one README line that starts with $1, else fail
    local lines
    lines=$(grep -E "^$1 " README.md || true)
    if [ "$(printf '%s' "$lines" | grep -c .)" != 1 ]; then
        echo "README.md: want one line starting with '$1 '; found: '$lines'" >&2
        return 1
    fi
    printf '%s\n' "$lines"
}
require=$(recipe require)
replace=$(recipe replace)
for line in "$require" "$replace"; do
    set -- $line
    if [ "$2" != "$module" ]; then
        echo "README.md: '$line' names $2; go.mod's module is $module" >&2
        exit 1
    fi
done
if ! grep -qF "import ffnn \"$module\"" README.md; then
    echo "README.md: no 'import ffnn \"$module\"'" >&2
    exit 1
fi
case "$replace" in
*" => /path/to/ffnn/bindings/go") ;;
*) echo "README.md: the replace line does not end in ' => /path/to/ffnn/bindings/go': $replace" >&2; exit 1 ;;
esac
consumer="$scratch/consumer"
mkdir "$consumer"
printf 'module example.com/consumer\n\ngo 1.19\n\n%s\n%s\n' \
    "$require" "${replace%/path/to/ffnn/bindings/go}$here" >"$consumer/go.mod"
cat >"$consumer/main.go" <<'EOF_GO'
package main

import (
	"fmt"
	"log"

	ffnn "MODULE"
)

func main() {
	net, err := ffnn.New([]int{2, 1}, []ffnn.Activation{ffnn.Linear}, ffnn.MSE, 1)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	if err := net.SetLayer(1, []float32{1, 2}, []float32{0.5}); err != nil {
		log.Fatal(err)
	}
	y, err := net.Forward([]float32{3, 4}, 1) // 1*3 + 2*4 + 0.5
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("ffnn %s, %v layer: %v\n", ffnn.Version(), net.Activation(1), y)
}
EOF_GO
sed -i "s|\"MODULE\"|\"$module\"|" "$consumer/main.go"
cat "$consumer/go.mod"
got=$(cd "$consumer" && GOWORK=off go build -o consumer . && ./consumer)
want="ffnn $version, Linear layer: [11.5]"
echo "$got"
if [ "$got" != "$want" ]; then
    echo "the consumer module printed '$got'; want '$want'" >&2
    exit 1
fi
echo "ok  consumer module"

# A progress function written for the old meaning ("go on?", a bool) must
# not compile now that true means stop: it would silently mean the opposite.
cat >"$consumer/main.go" <<'EOF_GO'
package main

import ffnn "MODULE"

func main() {
	net, _ := ffnn.New([]int{2, 1}, []ffnn.Activation{ffnn.Linear}, ffnn.MSE, 1)
	goOn := func(ffnn.TrainReport) bool { return true }
	net.Train([]float32{0, 0}, []float32{0}, 1, ffnn.DefaultTrainOptions(), goOn)
}
EOF_GO
sed -i "s|\"MODULE\"|\"$module\"|" "$consumer/main.go"
if (cd "$consumer" && GOWORK=off go build -o consumer . 2>"$scratch/old.txt"); then
    echo "a func(TrainReport) bool still compiles as a progress function" >&2
    exit 1
fi
grep -q "Progress" "$scratch/old.txt" || { cat "$scratch/old.txt" >&2; exit 1; }
echo "ok  an old-style progress function is refused by the compiler"
