#!/usr/bin/env bash
# `make fuzz` (and the last step of `make test`): runs every libFuzzer target of the
# sanitizer build for FUZZ_SECONDS each, two at a time (this is a 2-core machine; set
# FUZZ_JOBS for more), and fails if any finds a crash, a sanitizer report, a leak, an
# input slower than one second (-timeout=1: no dispatch may take that long) or memory
# above -rss_limit_mb. The reproducer's path is printed; rerun it with
#   ASAN_OPTIONS=... <build>/fuzz/<target> <reproducer>
#
#   usage: fuzz/run.sh BUILD_DIR [SECONDS] [TARGET...]
#
# Seeds: fuzz/corpus/<target>/ (small inputs written for this) plus, for the targets
# that read dispatches, the bundled examples. What a run adds to the corpus stays in
# BUILD_DIR/fuzz-corpus/<target>/ (reused by the next run, never written to the tree);
# logs and reproducers go to BUILD_DIR/fuzz-out/<target>/.
set -uo pipefail
build=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS] [TARGET...]}
seconds=${2:-${FUZZ_SECONDS:-60}}
shift $(( $# >= 2 ? 2 : $# ))
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
jobs=${FUZZ_JOBS:-2}
rss_mb=${FUZZ_RSS_MB:-2048}

# Any report fails the run: halt on the first error, leaks checked, traces printed.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:print_stacktrace=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for exe in "$build"/fuzz/*_fuzzer; do
    [ -x "$exe" ] && targets+=("$(basename "$exe")")
  done
fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no *_fuzzer in $build/fuzz (a CHANCERY_SANITIZE build?)" >&2; exit 1; }

# Extra read-only seed directories per target: the bundled example dispatches, and the
# build's own small compiled lexicons (the loader's real input, which the fuzzer then
# truncates and damages).
extra_seeds() {
  case "$1" in
    pipeline_fuzzer) echo "$root/examples" ;;
    lexicon_fuzzer)
      local dir="$build/fuzz-seeds/lexicon_fuzzer"
      mkdir -p "$dir"
      find "$build/data" -maxdepth 1 -name '*.lex' -size -16k -exec cp {} "$dir"/ \;
      echo "$dir" ;;
  esac
}

run_one() {
  local t=$1 exe="$build/fuzz/$1" out="$build/fuzz-out/$1" corpus="$build/fuzz-corpus/$1"
  rm -rf "$out"
  mkdir -p "$out" "$corpus"
  [ -d "$root/fuzz/corpus/$t" ] && cp -n "$root/fuzz/corpus/$t"/* "$corpus"/ 2>/dev/null
  local seeds
  seeds=$(extra_seeds "$t")
  # -max_len: dispatches are longer than libFuzzer's 4 KB default; 16 KB keeps a run fast.
  "$exe" -max_total_time="$seconds" -timeout=1 -rss_limit_mb="$rss_mb" -max_len=16384 \
      -artifact_prefix="$out/" -print_final_stats=1 "$corpus" $seeds >"$out/log" 2>&1
  local rc=$?
  if [ $rc -eq 0 ]; then
    echo "fuzz: $t ok ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/log" | grep -o '[0-9]*$') runs in ${seconds}s," \
         "corpus $(ls "$corpus" | wc -l))"
    return 0
  fi
  echo "fuzz: $t FAILED (exit $rc); log: $out/log" >&2
  grep -E "ERROR: |SUMMARY: |ALARM: |runtime error|fuzz check failed|out-of-memory" "$out/log" | head -5 >&2
  local repro
  for repro in "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-* "$out"/slow-unit-*; do
    [ -e "$repro" ] && echo "fuzz: reproducer: $repro (rerun: $exe $repro)" >&2
  done
  return 1
}

failed=0
running=0
for t in "${targets[@]}"; do
  if [ ! -x "$build/fuzz/$t" ]; then echo "fuzz: no target $t" >&2; failed=1; continue; fi
  run_one "$t" &
  running=$((running + 1))
  if [ $running -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
done
while [ $running -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
[ $failed -eq 0 ] && echo "fuzz: ${#targets[@]} targets, ${seconds}s each: no crash, leak or slow input"
exit $failed
