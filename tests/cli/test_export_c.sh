#!/usr/bin/env bash
# export-c round trip: the generated C file compiles on its own (warning
# free, only <math.h>) and gives the outputs of `ffnn predict`.
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv
CC=${CC:-cc}

cat >driver.c <<'C'
/* Reads samples (numbers separated by blanks) on stdin, prints outputs. */
#include "net.c"
#include <stdio.h>
int main(void)
{
    float x[net_INPUTS], y[net_OUTPUTS];
    for (;;) {
        for (int i = 0; i < net_INPUTS; i++)
            if (scanf("%f", &x[i]) != 1)
                return 0;
        net_forward(x, y);
        for (int j = 0; j < net_OUTPUTS; j++)
            printf("%.9g%c", (double)y[j], j + 1 < net_OUTPUTS ? ',' : '\n');
    }
}
C

cat >compare.py <<'PY'
import sys
a, b = (open(f).read().split() for f in sys.argv[1:3])
assert len(a) == len(b) and a, "row counts differ: %d vs %d" % (len(a), len(b))
for row_a, row_b in zip(a, b):
    for u, v in zip(map(float, row_a.split(",")), map(float, row_b.split(","))):
        assert abs(u - v) <= 1e-5 * max(abs(u), abs(v)) + 1e-6, (row_a, row_b)
PY

tail -n +2 "$B" | cut -d, -f1,2 >features.csv
awk -F, 'NR > 1 { print $1 "," $2 "," ($1 * $2 > 1) }' "$B" >binary.csv

# round_trip NAME TRAIN_FLAGS...: train on blobs, export, compile, compare.
round_trip() {
  local name=$1
  shift
  "$FFNN" train --quiet --model "$name.safetensors" "$@" ||
    { fail_check "train $name"; return; }
  expect 0 "wrote $name.c: net_forward()" -- export-c \
    --model "$name.safetensors" --out "$name.c" --name net
  check "$name.c includes only <math.h>" test \
    "$(grep '#include' "$name.c")" = "#include <math.h>"
  cp "$name.c" net.c
  check "$name.c compiles warning-free" $CC -std=c11 -O2 -Wall -Wextra \
    -Wpedantic -Werror -o "$name-driver" driver.c -lm
  tr ',' ' ' <features.csv | "./$name-driver" >"$name-c.txt"
  "$FFNN" predict --model "$name.safetensors" --csv features.csv \
    >"$name-ffnn.txt"
  check "$name: C outputs equal ffnn predict's" python3 compare.py \
    "$name-c.txt" "$name-ffnn.txt"
}

round_trip blobs --csv "$B" --label-column 2 --layers 2,16,3 --epochs 20
round_trip deep --csv "$B" --label-column 2 --layers 2,7,5,3 --hidden tanh \
  --epochs 20 --optimizer momentum
round_trip binary --csv binary.csv --targets 1 --layers 2,6,1 \
  --hidden sigmoid --epochs 20
round_trip linear --csv "$B" --targets 1 --layers 2,4,1 --hidden linear \
  --epochs 5 --optimizer sgd
round_trip single --csv "$B" --label-column 2 --layers 2,3 --epochs 5
# the model's own scaling (--standardize: inputs, and a regression's
# outputs), and dropout, absent when predicting
round_trip standard --csv "$B" --label-column 2 --layers 2,6,3 --epochs 5 \
  --standardize
round_trip standard-out --csv "$B" --targets 1 --layers 2,5,1 --epochs 5 \
  --standardize --loss mse --output linear
round_trip dropout --csv "$B" --label-column 2 --layers 2,9,3 --epochs 5 \
  --dropout 0.5
check "standard.c scales its inputs" grep -q "net_x_scale\[i\]" standard.c
check "standard-out.c unscales its outputs" grep -q "net_y_scale\[j\]" \
  standard-out.c

# the activations of 1.4.0, hidden and (with MSE) as the output
for g in leaky_relu elu gelu silu softplus; do
  round_trip "$g" --csv "$B" --label-column 2 --layers 2,9,3 --hidden "$g" \
    --epochs 5
  round_trip "$g-out" --csv "$B" --targets 1 --layers 2,5,1 --hidden tanh \
    --output "$g" --loss mse --epochs 5
done

expect_error 3 "cannot open model none.safetensors" -- export-c \
  --model none.safetensors --out x.c
expect_error 2 "--out: cannot create no/dir/x.c" -- export-c \
  --model blobs.safetensors --out no/dir/x.c

finish
