#!/usr/bin/env bash
# IDX data, plain and gzip: training, evaluation, pixel scaling, and
# predict --draw.
source "$(dirname "$0")/lib.sh"

# 60 images of 4x4 pixels in three classes (bright top rows, bright left
# columns, bright diagonal), with noise; and the same as CSV in [0, 1].
python3 - <<'PY'
import random, struct
rng = random.Random(5)
images, labels = [], []
for i in range(60):
    label = i % 3
    pixels = []
    for r in range(4):
        for c in range(4):
            on = (r < 2, c < 2, r == c)[label]
            pixels.append(rng.randint(170, 255) if on else rng.randint(0, 60))
    images.append(pixels)
    labels.append(label)
with open("images.idx", "wb") as f:
    f.write(struct.pack(">IIII", 0x803, 60, 4, 4))
    f.write(bytes(p for image in images for p in image))
with open("labels.idx", "wb") as f:
    f.write(struct.pack(">II", 0x801, 60) + bytes(labels))
with open("images.csv", "w") as f:
    for image, label in zip(images, labels):
        f.write(",".join(repr(p / 255) for p in image) + ",%d\n" % label)
PY
gzip -k images.idx labels.idx

TRAIN=(train --layers 16,8,3 --epochs 30 --batch 8 --lr 0.01 --quiet)
expect 0 "" -- "${TRAIN[@]}" --images images.idx --labels labels.idx \
  --model plain.safetensors
expect 0 "" -- "${TRAIN[@]}" --images images.idx.gz --labels labels.idx.gz \
  --model gzip.safetensors
check "gzip and plain IDX train the same model" cmp plain.safetensors \
  gzip.safetensors
expect 0 "" -- "${TRAIN[@]}" --csv images.csv --label-column -1 \
  --model csv.safetensors
check "IDX pixels are scaled to [0, 1] as in the CSV" cmp plain.safetensors \
  csv.safetensors

expect 0 "accuracy  100.00%" -- eval --model plain.safetensors \
  --images images.idx.gz --labels labels.idx
expect 0 "samples   60 from images.idx" -- eval --model plain.safetensors \
  --images images.idx --labels labels.idx.gz
expect_error 3 "labels.idx.gz: item 2 (byte 10): label 2 is out of range: \
--classes 2 allows classes 0..1" -- "${TRAIN[@]}" --images images.idx \
  --labels labels.idx.gz --layers 16,2 --classes 2 --model x.safetensors
expect 0 "" -- predict --model plain.safetensors --images images.idx.gz
check "predict without labels: 60 rows" test "$(wc -l <out.txt)" -eq 60
expect 0 "" -- predict --model plain.safetensors --images images.idx \
  --classes --limit 6
check "predict --classes on IDX" test "$(tr '\n' ' ' <out.txt)" = \
  "0 1 2 0 1 2 "

# Images shifted anew every epoch, with a cosine learning rate, one
# ffnn_train call per epoch: epochs still count 1..N.
expect 0 "epoch 12/12" -- "${TRAIN[@]/--quiet/--val=0.2}" --epochs 12 \
  --images images.idx --labels labels.idx --augment-shift 1 \
  --schedule cosine --metrics shifted.csv --model shifted.safetensors
check "the plan names the shifts" grep -q "images shifted by up to 1 pixels" \
  out.txt
check "epoch lines show the falling rate" grep -q "epoch 12/12 .* lr 0.000" \
  out.txt
check "metrics count the epochs of the run" test \
  "$(cut -d, -f1 shifted.csv | tail -n +2 | tr '\n' ' ')" = \
  "1 2 3 4 5 6 7 8 9 10 11 12 "
check "metrics have validation columns" awk -F, \
  'NR > 1 && ($4 == "" || $5 == "") { exit 1 }' shifted.csv
expect_error 2 "--augment-shift 4 moves 4x4 images out of sight" -- \
  "${TRAIN[@]}" --images images.idx --labels labels.idx --augment-shift 4 \
  --model x.safetensors
expect_error 2 "--augment-shift needs square images; the data has 2" -- \
  train --csv "$FIXTURES/blobs.csv" --label-column 2 --layers 2,3 \
  --augment-shift 1 --model x.safetensors

# --draw: each image in a frame, two characters per pixel, with its classes.
expect 0 "predicted 1" -- predict --model plain.safetensors \
  --images images.idx --labels labels.idx --draw --limit 2
check "draw: a frame 8 characters wide" grep -qx '+--------+' out.txt
check "draw: one image per sample" test "$(grep -c '^+-' out.txt)" -eq 4
check "draw: the true class" grep -q 'true      1' out.txt
check "draw: bright top rows of sample 0" grep -q '^|[%@#*]\{8\}|  sample 0' \
  out.txt
expect 0 "predicted 0" -- predict --model plain.safetensors \
  --images images.idx --draw
check "draw: 10 images by default" test "$(grep -c '^+-' out.txt)" -eq 20
check "draw without labels shows no true class" test -z \
  "$(grep true out.txt)"

finish
