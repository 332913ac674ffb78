#!/usr/bin/env bash
# Input data errors (exit code 3): missing, unreadable or malformed files,
# and data that does not match the model or --layers.
source "$(dirname "$0")/lib.sh"
B=$FIXTURES/blobs.csv
T=(--layers 2,8,3 --model m.safetensors --epochs 1 --quiet)

# Files that cannot be read.
expect_error 3 "cannot open nothing.csv: No such file" -- train \
  --csv nothing.csv --label-column 2 "${T[@]}"
mkdir adir
expect_error 3 "cannot read adir: Is a directory" -- train --csv adir \
  --label-column 2 "${T[@]}"
expect_error 3 "cannot open nothing.idx" -- train --images nothing.idx \
  --labels nothing.idx "${T[@]}"
expect_error 3 "cannot open model nothing.safetensors: No such file" -- \
  eval --model nothing.safetensors --csv "$B" --label-column 2

# Malformed CSV, with the line and the 1-based byte column of the field.
printf 'x,y,label\n1,2,0\n1,2\n' >short.csv
expect_error 3 "short.csv:3:4: expected 3 fields, found 2" -- train \
  --csv short.csv --label-column 2 "${T[@]}"
printf '1,2,0\n1,2,0,5\n' >long.csv
expect_error 3 "long.csv:2:7: expected 3 fields, found 4" -- train \
  --csv long.csv --label-column 2 "${T[@]}"
printf '1,2,0\r\n1,2\r\n' >crlf.csv
expect_error 3 "crlf.csv:2:4: expected 3 fields, found 2" -- train \
  --csv crlf.csv --label-column 2 "${T[@]}"
printf '1,2,0\n1,abc,1\n' >word.csv
expect_error 3 "word.csv:2:3: field 2: 'abc' is not a finite number" -- \
  train --csv word.csv --label-column 2 "${T[@]}"
printf '1,2,0\n1,  abc ,1\n' >blanks.csv
expect_error 3 "blanks.csv:2:5: field 2: 'abc' is not a finite number" -- \
  train --csv blanks.csv --label-column 2 "${T[@]}"
printf '1,2,0\n1, 2 3,1\n' >two.csv
expect_error 3 "two.csv:2:4: field 2: '2 3' is not a finite number" -- \
  train --csv two.csv --label-column 2 "${T[@]}"
printf '1,2,0\n\n# a comment\n1, ,1\n' >empty.csv
expect_error 3 "empty.csv:4:3: field 2 is empty" -- train --csv empty.csv \
  --label-column 2 "${T[@]}"
printf '1,2,0\n1,2,\n' >trailing.csv
expect_error 3 "trailing.csv:2:5: field 3 is empty" -- train \
  --csv trailing.csv --label-column 2 "${T[@]}"
printf '1,2,0\n1,inf,1\n' >inf.csv
expect_error 3 "inf.csv:2:3: field 2: 'inf' is not a finite number" -- \
  train --csv inf.csv --label-column 2 "${T[@]}"
printf 'x,y,label\n' >header-only.csv
expect_error 3 "header-only.csv: no data rows" -- train \
  --csv header-only.csv --label-column 2 "${T[@]}"

# A first line is a header only if a field is not a number: nan, inf and
# empty fields are errors there too, not a reason to drop the row (#14).
printf '1,2,nan\n4,5,1\n' >first-nan.csv
expect_error 3 "first-nan.csv:1:5: field 3: 'nan' is not a finite number" \
  -- train --csv first-nan.csv --label-column 2 "${T[@]}"
printf '1,,0\n4,5,1\n' >first-empty.csv
expect_error 3 "first-empty.csv:1:3: field 2 is empty" -- train \
  --csv first-empty.csv --label-column 2 "${T[@]}"
printf '1,inf,0\n4,5,1\n' >first-inf.csv
expect_error 3 "first-inf.csv:1:3: field 2: 'inf' is not a finite number" \
  -- train --csv first-inf.csv --label-column 2 "${T[@]}"
printf ' -inf ,2,0\n4,5,1\n' >first-minus-inf.csv
expect_error 3 \
  "first-minus-inf.csv:1:2: field 1: '-inf' is not a finite number" -- \
  train --csv first-minus-inf.csv --label-column 2 "${T[@]}"
printf 'x,y,label\n1,2,0\n4,5,1\n' >header.csv
H=(--label-column 2 --layers 2,8,3 --epochs 1 --quiet)
expect 0 "" -- train --csv header.csv "${H[@]}" --model h.safetensors
expect 0 "samples   2 from header.csv" -- eval --model h.safetensors \
  --csv header.csv --label-column 2
printf 'x,2,label\n1,2,0\n4,5,1\n' >one-text.csv
expect 0 "samples   2 from one-text.csv" -- eval --model h.safetensors \
  --csv one-text.csv --label-column 2
printf 'x,2,label\n1,2,0\n4,5,1.5\n' >one-text-bad.csv
expect_error 3 "one-text-bad.csv:3:5: label 1.5 is not a class index" -- \
  train --csv one-text-bad.csv --label-column 2 "${T[@]}"
printf 'nan,2,0\n1,2,0\n4,5,1\n' >flag.csv
expect 0 "samples   2 from flag.csv" -- eval --model h.safetensors \
  --csv flag.csv --label-column 2 --header

# Labels that are not class indices, or out of range, with their column.
printf '1,2,0\n1,2,1.5\n' >half.csv
expect_error 3 "half.csv:2:5: label 1.5 is not a class index" -- train \
  --csv half.csv --label-column 2 "${T[@]}"
printf '1,2,0\n1,2,-1\n' >negative.csv
expect_error 3 "negative.csv:2:5: label -1 is not a class index" -- train \
  --csv negative.csv --label-column 2 "${T[@]}"
printf '1,2,0\n1,2,3\n' >big.csv
expect_error 3 \
  "big.csv:2:5: label 3 is out of range: --layers (output width 3)" -- \
  train --csv big.csv --label-column 2 "${T[@]}"
printf '0,1,2\n 5 , 1,  9\n' >first-column.csv
expect_error 3 \
  "first-column.csv:2:2: label 5 is out of range: --layers (output width 3)" \
  -- train --csv first-column.csv --label-column 0 "${T[@]}"
expect_error 3 \
  "first-column.csv:2:10: label 9 is out of range: --layers (output width 3)" \
  -- train --csv first-column.csv --label-column -1 "${T[@]}"
expect_error 3 "label 2 is out of range: --classes 2 allows classes 0..1" -- \
  train --csv "$B" --label-column 2 --classes 2 "${T[@]}"

# Columns that do not exist.
expect_error 3 "--label-column 5: " -- train --csv "$B" --label-column 5 \
  "${T[@]}"
expect_error 3 "--label-column -4: " -- train --csv "$B" --label-column -4 \
  "${T[@]}"
expect_error 3 "--targets 3: " -- train --csv "$B" --targets 3 "${T[@]}"

# Shapes against --layers.
expect_error 3 "--layers starts with 4 inputs but $B has 2 features" -- \
  train --csv "$B" --label-column 2 --layers 4,3 --model m.safetensors
expect_error 3 "--layers ends with 3 outputs but $B has 1 targets" -- \
  train --csv "$B" --targets 1 --layers 2,3 --model m.safetensors

# Malformed IDX files.
printf '\x00\x00\x08\x01\x00\x00\x00\x02\x00\x01' >labels.idx
make_idx_header images.idx 0x00000803 2 2 2
printf '\x00\x01\x02\x03\x04\x05\x06\x07' >>images.idx
make_idx_header badmagic.idx 0x00000903 2 2 2
expect_error 3 "badmagic.idx: byte 0: bad IDX magic 0x00000903" -- train \
  --images badmagic.idx --labels labels.idx "${T[@]}"
make_idx_header float.idx 0x00000D03 2 2 2
expect_error 3 \
  "float.idx: byte 0: bad IDX magic 0x00000D03 (expected 0x000008NN" \
  -- train --images float.idx --labels labels.idx "${T[@]}"
printf '\x00\x00' >tiny.idx
expect_error 3 "tiny.idx: too short for an IDX file" -- train \
  --images tiny.idx --labels labels.idx "${T[@]}"
make_idx_header zero.idx 0x00000803 2 0 2
expect_error 3 "zero.idx: byte 8: IDX dimension 2 is 0" -- train \
  --images zero.idx --labels labels.idx "${T[@]}"
make_idx_header short-header.idx 0x00000803 2 2
expect_error 3 "short-header.idx: byte 12: IDX header truncated" -- train \
  --images short-header.idx --labels labels.idx "${T[@]}"
make_idx_header huge.idx 0x00000803 65536 65536 2
expect_error 3 "huge.idx: byte 8: IDX dimensions too large" -- train \
  --images huge.idx --labels labels.idx "${T[@]}"
make_idx_header cut.idx 0x00000803 2 2 2 && printf '\x01\x02\x03' >>cut.idx
expect_error 3 "cut.idx: item 0 (byte 19): truncated: its IDX dimensions \
need 8 data bytes, it has 3" -- train --images cut.idx --labels labels.idx \
  "${T[@]}"
make_idx_header cut-second.idx 0x00000803 3 2 2
printf '\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09' >>cut-second.idx
expect_error 3 "cut-second.idx: item 2 (byte 26): truncated" -- train \
  --images cut-second.idx --labels labels.idx "${T[@]}"
make_idx_header cut-labels.idx 0x00000801 3 && printf '\x00\x01' \
  >>cut-labels.idx
expect_error 3 "cut-labels.idx: item 2 (byte 10): truncated" -- train \
  --images images.idx --labels cut-labels.idx "${T[@]}"
cp images.idx long.idx && printf '\x09' >>long.idx
expect_error 3 "long.idx: byte 24: longer than its IDX dimensions say" -- \
  train --images long.idx --labels labels.idx "${T[@]}"
gzip -c images.idx | head -c 20 >broken.idx.gz
expect_error 3 "broken.idx.gz" -- train --images broken.idx.gz \
  --labels labels.idx "${T[@]}"
expect_error 3 "labels.idx: a 1-dimensional IDX file, not images" -- train \
  --images labels.idx --labels labels.idx "${T[@]}"
expect_error 3 "images.idx: a 3-dimensional IDX file, not labels" -- train \
  --images images.idx --labels images.idx "${T[@]}"
printf '\x00\x00\x08\x01\x00\x00\x00\x03\x00\x01\x00' >three-labels.idx
expect_error 3 "three-labels.idx has 3 labels but images.idx has 2 images" \
  -- train --images images.idx --labels three-labels.idx "${T[@]}"
expect_error 3 "--layers starts with 2 inputs but images.idx has 4 features" \
  -- train --images images.idx --labels labels.idx "${T[@]}"
printf '\x00\x00\x08\x01\x00\x00\x00\x02\x00\x07' >seven.idx
expect_error 3 "seven.idx: item 1 (byte 9): label 7 is out of range: --layers \
(output width 3) allows classes 0..2" -- train --images images.idx \
  --labels seven.idx --layers 4,3 --model m.safetensors --quiet
expect_error 3 \
  "seven.idx: item 1 (byte 9): label 7 is out of range: --classes 5" -- \
  train --images images.idx --labels seven.idx --layers 4,5 --classes 5 \
  --model m.safetensors --quiet

# Models: malformed, and data of the wrong shape for them.
check "train a 2-8-3 model" "$FFNN" train --csv "$B" --label-column 2 \
  --layers 2,8,3 --epochs 1 --model m.safetensors --quiet
head -c 40 m.safetensors >cut.safetensors
expect_error 3 "cannot load model cut.safetensors" -- info \
  --model cut.safetensors
# A model whose header breaks safetensors' own rules where the loader does
# not look (a metadata value that is a number): it loads, info refuses it.
python3 - m.safetensors number.safetensors <<'PY'
import json, struct, sys
data = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", data[:8])[0]
header = json.loads(data[8:8 + n])
header["__metadata__"]["epochs"] = 3
text = json.dumps(header).encode()
open(sys.argv[2], "wb").write(struct.pack("<Q", len(text)) + text + data[8 + n:])
PY
expect 0 "" -- predict --model number.safetensors --csv "$B" --label-column 2 \
  --limit 1
expect_error 3 "cannot read the header of number.safetensors: ffnn_file_open: epochs: a metadata value is not a string" \
  -- info --model number.safetensors
expect_error 3 "cannot load model $B" -- eval --model "$B" --csv "$B" \
  --label-column 2
expect_error 3 "has 3 features per sample but the model (2-8-3) takes 2" -- \
  predict --model m.safetensors --csv "$B"
printf '1,2,1,0\n' >two-targets.csv
expect_error 3 "has 2 targets per sample but the model (2-8-3) has 3" -- \
  eval --model m.safetensors --csv two-targets.csv --targets 2
expect_error 3 "big.csv:2:5: label 3 is out of range: the model (3 outputs)" \
  -- eval --model m.safetensors --csv big.csv --label-column 2
printf '1,2,7\n' >seven.csv
expect_error 3 \
  "seven.csv:1:5: label 7 is out of range: the model (3 outputs) allows" \
  -- eval --model m.safetensors --csv seven.csv --label-column 2
expect_error 3 "images.idx has 4 features per sample but the model" -- \
  predict --model m.safetensors --images images.idx
expect_error 2 "--draw needs square images; the data has 2 features" -- \
  predict --model m.safetensors --csv "$B" --label-column 2 --draw

# A 24-byte file whose header claims 2 x 2097152 x 512 pixels (2 GiB): the
# reader must not allocate what the file does not hold (found by fuzz_idx).
# Under a 400 MB address-space limit, allocating the claim would fail as
# "out of memory" (exit 1) instead of reporting the truncation.
printf '\x00\x00\x08\x03\x00\x00\x00\x02\x00\x20\x00\x00\x00\x00\x02\x00\x11\x00\x00\x00\x00\x00\x00\x00' \
  >claims-2gib.idx
(
  ulimit -v 400000
  expect_error 3 "claims-2gib.idx: item 0 (byte 24): truncated: its IDX" -- \
    predict --model m.safetensors --images claims-2gib.idx
  [ "$failures" -eq 0 ] # carry the subshell's verdict out
) || failures=$((failures + 1))
checks=$((checks + 1))

finish
