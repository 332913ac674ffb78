#!/usr/bin/env bash
# include/ffnn.h must compile on its own as C99, C11 and C++ (its extern "C"
# guards included), with every warning an error.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include "ffnn.h"\nint main(void) { return ffnn_version_number() == 0; }\n' \
  > "$tmp/use.c"
flags=(-Wall -Wextra -Wpedantic -Werror -I"$root/include" -c)
for std in c99 c11; do
  cc -std=$std "${flags[@]}" -o "$tmp/$std.o" "$tmp/use.c"
done
cp "$tmp/use.c" "$tmp/use.cpp"
for std in c++11 c++17; do
  c++ -std=$std "${flags[@]}" -o "$tmp/cxx.o" "$tmp/use.cpp"
done
# C++ must see C linkage: the symbol is not mangled.
nm "$tmp/cxx.o" | grep -q ' U ffnn_version_number$'
echo "check-header: ffnn.h compiles alone as C99, C11, C++11 and C++17"
