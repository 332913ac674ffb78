#!/usr/bin/env bash
# ffnn train --standardize, --class-weight, --weights-column and --dropout
# (the library's scaling, class and sample weights and dropout): what they
# store in the model is what they should, computed here again from the CSV.
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv
T=(train --csv "$B" --label-column 2 --layers 2,8,3 --quiet)

cat >tensor.py <<'PY'
import json, struct, sys
data = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", data[:8])[0]
header = json.loads(data[8:8 + n])
begin, end = header[sys.argv[2]]["data_offsets"]
raw = data[8 + n + begin:8 + n + end]
print(" ".join("%.6g" % v for v in struct.unpack("<%df" % (len(raw) // 4), raw)))
PY
# --val 0.3 --val-split last: the training rows are the first 126 of 180
expect 0 "" -- "${T[@]}" --model s.safetensors --standardize --val 0.3 \
  --val-split last --epochs 2
want=$(python3 -c 'import csv, math
rows = list(csv.reader(open("'"$B"'")))[1:127]
cols = [[float(r[j]) for r in rows] for j in (0, 1)]
m = [sum(c) / len(c) for c in cols]
s = [math.sqrt(sum((v - mu) ** 2 for v in c) / len(c)) for c, mu in zip(cols, m)]
print(" ".join("%.6g" % v for v in m), "|", " ".join("%.6g" % v for v in s))')
got="$(python3 tensor.py s.safetensors input.mean) | $(python3 tensor.py s.safetensors input.scale)"
check "--standardize stores the training rows' mean and deviation: $got" \
  test "$got" = "$want"
expect 0 "" -- predict --model s.safetensors --csv "$B" --label-column 2
check "a standardised model predicts from the raw features" \
  test "$(grep -c . out.txt)" -gt 100

# Class weights: uniform ones change nothing but rounding; a heavy class 0
# is predicted more often.
expect 0 "" -- "${T[@]}" --model a.safetensors --epochs 5 --lr 0.05
expect 0 "" -- "${T[@]}" --model b.safetensors --epochs 5 --lr 0.05 \
  --class-weight 2,2,2
expect 0 "" -- "${T[@]}" --model c.safetensors --epochs 5 --lr 0.05 \
  --class-weight 20,1,1
for m in a b c; do
  "$FFNN" predict --model $m.safetensors --csv "$B" --label-column 2 >$m.txt
done
check "uniform class weights: the same predictions" python3 -c '
import sys
a, b = (open(f).read().split() for f in ("a.txt", "b.txt"))
for x, y in zip(a, b):
    for u, v in zip(map(float, x.split(",")), map(float, y.split(","))):
        assert abs(u - v) <= 1e-5 * abs(v) + 1e-6, (x, y)'
check "class 0 weighed 20x is predicted more often" python3 -c '
def zeros(f):
    rows = [list(map(float, r.split(","))) for r in open(f).read().split()]
    return sum(r.index(max(r)) == 0 for r in rows)
assert zeros("c.txt") > zeros("a.txt"), (zeros("c.txt"), zeros("a.txt"))'
expect_error 2 "--class-weight: 'heavy' is not 'balanced' or 3 weights" -- \
  "${T[@]}" --model x.safetensors --class-weight heavy
expect_error 2 "--class-weight: '1,-1,1' is not" -- "${T[@]}" \
  --model x.safetensors --class-weight 1,-1,1

# --weights-column: whole-number weights are copies of rows. One batch an
# epoch of the whole set, so that the order of rows does not matter: the
# weighted mean gradient is the mean over the copies, and the two models
# agree but for rounding. The weights sit between features and label.
python3 - "$B" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1])))[1:61]
weights = [(0, 1, 2, 3)[i % 4] for i in range(len(rows))]
def write(name, weights):
    with open(name, "w") as f:
        for (x, y, label), w in zip(rows, weights):
            f.write("%s,%s,%g,%s\n" % (x, y, w, label))
write("weighted.csv", weights)
write("reweighted.csv", [5] + weights[1:])
write("negative.csv", weights[:1] + [-1] + weights[2:])
with open("copies.csv", "w") as c, open("plain.csv", "w") as p:
    for (x, y, label), w in zip(rows, weights):
        c.write("%s,%s,%s\n" % (x, y, label) * w)
        p.write("%s,%s,%s\n" % (x, y, label))
PY
W=(train --layers 2,8,3 --quiet --batch 1000 --epochs 30 --optimizer sgd
  --lr 0.5 --seed 7)
expect 0 "" -- "${W[@]}" --csv weighted.csv --label-column -1 \
  --weights-column 2 --model w.safetensors
expect 0 "" -- "${W[@]}" --csv copies.csv --label-column -1 \
  --model copies.safetensors
expect 0 "" -- "${W[@]}" --csv plain.csv --label-column -1 \
  --model unweighted.safetensors
for t in layers.1.weight layers.1.bias layers.2.weight layers.2.bias; do
  for m in w copies unweighted; do python3 tensor.py $m.safetensors $t; done \
    >$t.txt
  check "weights 0-3 are copies of rows: $t" python3 -c '
w, c, u = ([float(v) for v in l.split()] for l in open("'$t'.txt"))
assert all(abs(a - b) <= 1e-4 * abs(b) + 1e-5 for a, b in zip(w, c)), (w, c)
assert max(abs(a - b) for a, b in zip(w, u)) > 1e-3, "the weights changed nothing"'
done
expect 0 "samples   60 from weighted.csv" -- eval --model w.safetensors \
  --csv weighted.csv --label-column -1 --weights-column 2
expect 0 "" -- predict --model w.safetensors --csv weighted.csv \
  --label-column -1 --weights-column -2 --limit 2
check "predict leaves the weights out of the features" \
  test "$(grep -c . out.txt)" -eq 2
# A checkpoint of a weighted run is not resumed with other weights.
expect 0 "" -- "${W[@]}" --csv weighted.csv --label-column -1 \
  --weights-column 2 --model r.safetensors --checkpoint r.ckpt --epochs 2
expect 0 "" -- "${W[@]}" --csv weighted.csv --label-column -1 \
  --weights-column 2 --model r.safetensors --resume r.ckpt --epochs 2
expect_error 2 "was made with data=" -- "${W[@]}" --csv reweighted.csv \
  --label-column -1 --weights-column 2 --model r.safetensors --resume r.ckpt \
  --epochs 2
expect_error 3 "negative.csv:2:" -- "${W[@]}" --csv negative.csv \
  --label-column -1 --weights-column 2 --model x.safetensors
check "the message names the weight" grep -qF "weight -1 is negative" \
  stderr.txt
expect_error 3 "--weights-column and --label-column name the same column (3)" \
  -- "${W[@]}" --csv weighted.csv --label-column -1 --weights-column 3 \
  --model x.safetensors
expect_error 3 "--weights-column 4: weighted.csv has 4 columns" -- \
  "${W[@]}" --csv weighted.csv --label-column -1 --weights-column 4 \
  --model x.safetensors
expect_error 3 "--weights-column names column 3 of weighted.csv, one of the --targets 1 columns" \
  -- train --layers 3,1 --csv weighted.csv --targets 1 --weights-column -1 \
  --model x.safetensors
expect_error 2 "--weights-column and --header go with --csv" -- train \
  --layers 4,2 --images x.idx --labels y.idx --weights-column 0 \
  --model x.safetensors

# Dropout is architecture, and predicting never drops.
expect 0 "" -- "${T[@]}" --model d.safetensors --epochs 3 --dropout 0.5
expect 0 "dropout                0.5" -- info --model d.safetensors
"$FFNN" predict --model d.safetensors --csv "$B" --label-column 2 >d1.txt
"$FFNN" predict --model d.safetensors --csv "$B" --label-column 2 >d2.txt
check "predictions do not drop (the same twice)" cmp d1.txt d2.txt
expect_error 2 "--dropout must be in [0, 1)" -- "${T[@]}" \
  --model x.safetensors --dropout 1
finish
