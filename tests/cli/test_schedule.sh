#!/usr/bin/env bash
# ffnn train's learning-rate schedules and early stopping (the library's,
# ffnn.h section 15): the rates shown per epoch follow the definitions; an
# early stop happens where the per-epoch metrics say it must, and the model
# saved is the best epoch's (its held-out loss, by `ffnn eval`, is the one
# the metrics recorded for that epoch).
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv
T=(train --csv "$B" --label-column 2 --layers 2,8,3 --model m.safetensors)

rates() { grep '^epoch' out.txt | grep -o ' lr [0-9.e-]*' | cut -d' ' -f3 | tr '\n' ' '; }

expect 0 "lr 0.05" -- "${T[@]}" --epochs 5 --lr 0.1 --schedule step \
  --step-epochs 2 --step-factor 0.5
check "step: 0.1 0.1 0.05 0.05 0.025" test "$(rates)" = "0.1 0.1 0.05 0.05 0.025 "
expect 0 "lr" -- "${T[@]}" --epochs 6 --lr 0.1 --schedule cosine \
  --warmup 2 --min-lr 0.02
# warm-up 0.1 e / 3; then 0.02 + 0.08 (1 + cos(pi k / 4)) / 2, k = 0..3
want=$(python3 -c 'import math
r = [0.1 * e / 3 for e in (1, 2)]
r += [0.02 + 0.08 * (1 + math.cos(math.pi * k / 4)) / 2 for k in range(4)]
print(" ".join("%.3g" % v for v in r) + " ")')
check "cosine with warm-up: $want" test "$(rates)" = "$want"

# Early stopping: the whole run's metrics say where patience 2 stops.
head -1 "$B" >held.csv
tail -n 54 "$B" >>held.csv # --val 0.3 --val-split last holds out 54 of 180
E=(--epochs 40 --lr 1 --val 0.3 --val-split last --batch 8) # a noisy climb
expect 0 "" -- "${T[@]}" "${E[@]}" --metrics whole.csv
expect 0 "best epoch" -- "${T[@]}" "${E[@]}" --early-stop 2 \
  --metrics stopped.csv
cp out.txt stopped.txt
cat >where.py <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
loss = [float(r["val_loss"]) for r in rows]
best, since = 0, 0
for e in range(1, len(loss)):
    if loss[e] < loss[best]:
        best, since = e, 0
    else:
        since += 1
        if since >= 2:
            break
print(e + 1, best + 1, rows[best]["val_loss"])
PY
read -r last best best_loss < <(python3 where.py whole.csv)
check "the run stops early at all" test "$last" -lt 40
check "stopped after epoch $last" test "$(($(wc -l <stopped.csv) - 1))" = "$last"
check "best epoch $best is reported" grep -qF "best epoch $best (val loss" \
  stopped.txt
check "stopped early is reported" grep -qF "stopped early" stopped.txt
expect 0 "loss" -- eval --model m.safetensors --csv held.csv --label-column 2
got=$(awk '/^loss/ { print $2 }' out.txt)
last_loss=$(awk -F, -v e="$last" 'NR == e + 1 { print $4 }' whole.csv)
check "the best epoch is not the last" python3 -c "import sys; \
a, b = map(float, sys.argv[1:]); assert abs(a - b) > 1e-3 * b" \
  "$best_loss" "$last_loss"
check "the model is epoch $best's: eval loss $got, metrics $best_loss" \
  python3 -c "import sys; a, b = map(float, sys.argv[1:]); \
assert abs(a - b) <= 1e-4 * b + 1e-5, (a, b)" "$got" "$best_loss"

# the monitor may be the accuracy
expect 0 "(val accuracy" -- "${T[@]}" "${E[@]}" --early-stop 3 \
  --monitor accuracy

expect_error 2 "--early-stop watches the held-out samples: give --val" -- \
  "${T[@]}" --early-stop 3
expect_error 2 "--warmup 10 must be fewer than the --epochs (10)" -- \
  "${T[@]}" --warmup 10
expect_error 2 "--monitor: unknown 'auc' (loss|accuracy)" -- "${T[@]}" \
  --val 0.2 --early-stop 2 --monitor auc
expect_error 2 "--step-factor must be in (0, 1]" -- "${T[@]}" \
  --schedule step --step-factor 2
expect_error 2 "--min-lr must be in [0, --lr]" -- "${T[@]}" --lr 0.1 \
  --min-lr 0.5
finish
