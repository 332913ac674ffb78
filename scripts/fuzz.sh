  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
#  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
!  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
#  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
R  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
y  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
C  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
O  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
6  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
,  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
#  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
<  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
>  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
w  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
g  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
#  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
;  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
#  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
:  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
g  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
#  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
[  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
C  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
O  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
]  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
[  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
H  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
A  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
R  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
]  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
&  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
&  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
w  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
{  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
1  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
:  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
6  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
}  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
g  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
>  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
g  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
.  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
g  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
1  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
4  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
C  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
C  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
g  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
k  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
B  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
U  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
Z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
Z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
O  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
B  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
U  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
I  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
L  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
T  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
T  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
O  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
\  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
B  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
U  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
I  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
L  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
B  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
C  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
H  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
O  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
N  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
B  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
U  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
I  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
L  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
X  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
A  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
M  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
P  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
L  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
O  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
F  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
\  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
C  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
M  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
A  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
K  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
B  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
U  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
I  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
L  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
T  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
Y  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
P  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
R  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
W  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
I  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
>  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
k  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
j  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
>  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
v  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
@  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
[  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
{  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
#  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
[  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
@  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
]  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
}  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
q  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
]  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
;  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
x  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
*  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
;  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
+  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
x  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
;  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
k  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
{  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
[  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
@  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
]  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
}  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
;  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
w  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
k  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
(  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
k  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
)  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
{  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
}  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
x  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
1  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
\  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
x  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
1  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
2  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
4  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
8  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
\  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
w  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
k  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
2  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
>  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
&  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
1  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
g  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
p  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
'  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
^  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
:  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
:  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
x  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
_  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
^  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
D  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
R  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
R  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
O  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
R  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
U  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
M  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
M  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
A  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
R  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
Y  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
'  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
|  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
=  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
{  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
P  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
I  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
P  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
E  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
T  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
A  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
T  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
U  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
S  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
[  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
]  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
}  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
m  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
w  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
k  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
[  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
-  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
0  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
]  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
;  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
z  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
:  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
h  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
;  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
$  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
b  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
u  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
l  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
r  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
a  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
c  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
s  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
/  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
"  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
x  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
t  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
1  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
   status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
f  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
i  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
d  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
o  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
n  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
e  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"

  status=0
  "$build/tests/fuzz/$h" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h-" -timeout=10 -rss_limit_mb=2048 \
    "$work" "$root/tests/fuzz/corpus/$h" > "$work.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$work.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work.log"
    echo "fuzz: $h found a failure; see $build/artifacts/"
    exit 1
  fi
  rm -rf "$work" "$work.log"
