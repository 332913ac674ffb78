#!/usr/bin/env bash
# Install the build in a scratch prefix and build consumers against it the
# three ways a user would: pkg-config (shared and --static) and
# find_package(ffnn). Then check that libffnn.so exports only ffnn_* symbols.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFNN_BUILD_DIR:-$root/build}
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(find "$prefix" -name libffnn.so -printf '%h\n' | head -1)
export PKG_CONFIG_PATH="$libdir/pkgconfig"
export LD_LIBRARY_PATH="$libdir"
src="$root/tests/consumer/consumer.c"

cc -o "$prefix/pc_shared" "$src" $(pkg-config --cflags --libs ffnn) -lm
"$prefix/pc_shared"
# --static: a copy of the install with the static library only, linked
# with nothing but what pkg-config --static says.
cp -a "$prefix" "$prefix.static" && trap 'rm -rf "$prefix" "$prefix.static"' EXIT
rm -f "$prefix.static/${libdir#$prefix/}"/libffnn.so*
PKG_CONFIG_PATH="$prefix.static/${libdir#$prefix/}/pkgconfig" \
  sh -c 'cc -o "$0" "$1" $(pkg-config --static --cflags --libs ffnn)' \
  "$prefix/pc_static" "$src"
LD_LIBRARY_PATH= "$prefix/pc_static"

cmake -S "$root/tests/consumer" -B "$prefix/cm" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$prefix/cm" >/dev/null
"$prefix/cm/consumer_shared"
LD_LIBRARY_PATH= "$prefix/cm/consumer_static"
for exe in "$prefix/pc_static" "$prefix/cm/consumer_static"; do
  if ldd "$exe" | grep -q libffnn; then
    echo "check-install: $exe should not need libffnn.so"; exit 1
  fi
done

# The MPI library, where it was built: pkg-config ffnn-mpi and the CMake
# component mpi, each program run on 2 ranks; it exports ffnn_mpi_* only.
if [ -e "$libdir/libffnn_mpi.so" ]; then
  cc -o "$prefix/pc_mpi" "$root/tests/consumer/consumer_mpi.c" \
    $(pkg-config --cflags --libs ffnn-mpi)
  for exe in "$prefix/pc_mpi" "$prefix/cm/consumer_mpi"; do
    FFNN_MPI_TIMEOUT=60 bash "$root/tests/mpi/run.sh" 2 "$exe" >/dev/null || {
      echo "check-install: $exe failed on 2 ranks"; exit 1; }
  done
  bad=$(nm -D --defined-only "$libdir/libffnn_mpi.so" | awk '{print $3}' \
        | sed 's/@.*//' | grep -v -E -e '^ffnn_mpi_' -e '^FFNN_MPI_1(\.[0-9]+)?$' || true)
  if [ -n "$bad" ]; then
    echo "check-install: libffnn_mpi.so exports other symbols:"; echo "$bad"; exit 1
  fi
  echo "check-install: ffnn-mpi (pkg-config and find_package COMPONENTS mpi) ok on 2 ranks"
fi

# The dynamic symbol table: everything defined must be ffnn_* (or a
# version node of src/ffnn.map itself: FFNN_1, FFNN_1.1, ...).
bad=$(nm -D --defined-only "$libdir/libffnn.so" | awk '{print $3}' \
      | sed 's/@.*//' | grep -v -E -e '^ffnn_' -e '^FFNN_1(\.[0-9]+)?$' || true)
if [ -n "$bad" ]; then
  echo "check-install: libffnn.so exports non-ffnn symbols:"; echo "$bad"; exit 1
fi
if nm -D --defined-only "$libdir/libffnn.so" | grep -q ' ffnn__'; then
  echo "check-install: internal ffnn__ symbols are exported"; exit 1
fi
echo "check-install: pkg-config and find_package consumers ok; $(nm -D --defined-only "$libdir/libffnn.so" | grep -c ' ffnn_') symbols exported, all ffnn_*"
