# lib.sh -- helpers for the ffnn command's tests, sourced by every test_*.sh.
# A test runs as: bash test_NAME.sh PATH/TO/ffnn FIXTURE_DIR
# It works in a scratch directory, removed at exit, and exits 1 if any check
# failed.
set -uo pipefail

FFNN=$(realpath "${1:?usage: test_NAME.sh PATH/TO/ffnn [FIXTURE_DIR]}")
FIXTURES=$(realpath "${2:-$(dirname "$0")}")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ffnn-cli-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
failures=0
checks=0

# Fail with a message, showing the output of the command checked.
fail_check() {
  failures=$((failures + 1))
  echo "FAIL: $1"
  sed 's/^/    | /' "${2:-out.txt}" | head -20
}

# expect CODE TEXT -- ARGS...: run `ffnn ARGS...`; its exit code must be
# CODE and its output (stdout and stderr) must contain TEXT (may be "").
expect() {
  local code=$1 text=$2
  shift 3
  checks=$((checks + 1))
  "$FFNN" "$@" >out.txt 2>&1
  local got=$?
  if [ "$got" -ne "$code" ]; then
    fail_check "ffnn $* -> exit $got, expected $code"
  elif [ -n "$text" ] && ! grep -qF -- "$text" out.txt; then
    fail_check "ffnn $* -> output lacks '$text'"
  fi
}

# expect_error CODE TEXT -- ARGS...: as expect, and moreover the message is
# one line on stderr, starting "ffnn", with nothing on stdout.
expect_error() {
  local code=$1 text=$2
  shift 3
  checks=$((checks + 1))
  "$FFNN" "$@" >stdout.txt 2>stderr.txt
  local got=$?
  cat stdout.txt stderr.txt >out.txt
  if [ "$got" -ne "$code" ]; then
    fail_check "ffnn $* -> exit $got, expected $code"
  elif ! grep -qF -- "$text" stderr.txt; then
    fail_check "ffnn $* -> stderr lacks '$text'"
  elif [ "$(wc -l <stderr.txt)" -ne 1 ] || ! grep -q '^ffnn' stderr.txt; then
    fail_check "ffnn $* -> stderr is not one line starting with 'ffnn'"
  fi
}

# check DESCRIPTION COMMAND...: a check made by any command (which may
# read out.txt, the output of the last expect).
check() {
  local description=$1
  shift
  checks=$((checks + 1))
  "$@" >check.txt 2>&1 || fail_check "$description" check.txt
}

finish() {
  echo "$(basename "$0"): $((checks - failures)) of $checks checks passed"
  [ "$failures" -eq 0 ]
  exit
}

# make_idx FILE MAGIC_HEX DIMS... : write an IDX header (then append data).
make_idx_header() {
  python3 - "$@" <<'PY'
import struct, sys
path, magic, dims = sys.argv[1], int(sys.argv[2], 16), sys.argv[3:]
with open(path, "wb") as f:
    f.write(struct.pack(">I", magic))
    for d in dims:
        f.write(struct.pack(">I", int(d)))
PY
}
