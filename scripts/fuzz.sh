#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (a separate package, so the main
# package's build never needs -sanitize=fuzzer) and runs each for SECONDS.
#
# Usage: scripts/fuzz.sh SECONDS [TARGET...]   (default: every Fuzz/Sources/fuzz-*)
#
# Each target NAME starts from its committed seeds, Fuzz/Corpus/NAME, and
# grows its working corpus in .build-fuzz/corpus/NAME (ignored by git), so the
# seeds stay small. A crash, a hang (one input over FUZZ_TIMEOUT seconds) or
# memory over FUZZ_RSS_MB fails the run; the input is saved under
# .build-fuzz/artifacts/ and its path printed. libFuzzer's final statistics
# of each target are printed, and its whole log is kept in .build-fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for folder in Fuzz/Sources/fuzz-*/; do
    name=$(basename "$folder")
    targets+=("${name#fuzz-}")
  done
fi
scratch=.build-fuzz
timeout_seconds=${FUZZ_TIMEOUT:-1}
rss_mb=${FUZZ_RSS_MB:-2048}

build=(swift build --package-path Fuzz --scratch-path "$scratch" -c release -Xswiftc -sanitize=fuzzer,address)
# gold warns about every AddressSanitizer symbol it cannot export; only that is filtered.
set +o pipefail
"${build[@]}" 2>&1 | grep -v "Cannot export local symbol"
status=${PIPESTATUS[0]}
set -o pipefail
[ "$status" -eq 0 ] || { echo "fuzz: the fuzz targets did not build"; exit 1; }
bin=$("${build[@]}" --show-bin-path)

# Swift's own crash handler would intercept the signals AddressSanitizer uses.
export SWIFT_BACKTRACE=enable=no
failed=()
for target in "${targets[@]}"; do
  executable="$bin/fuzz-$target"
  [ -x "$executable" ] || { echo "fuzz: no target $target (expected Fuzz/Sources/fuzz-$target)"; exit 64; }
  mkdir -p "$scratch/corpus/$target" "$scratch/artifacts" "$scratch/logs" "Fuzz/Corpus/$target"
  log="$scratch/logs/$target.log"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  status=0
  "$executable" -max_total_time="$seconds" -timeout="$timeout_seconds" -rss_limit_mb="$rss_mb" \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$target-" \
    "$scratch/corpus/$target" "Fuzz/Corpus/$target" >"$log" 2>&1 || status=$?
  grep -E "^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$log" | sed "s/^/  $target: /"
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    grep -E "ERROR: |SUMMARY: |Test unit written to|property violated|Fatal error" "$log" | head -n 8 | sed "s/^/  $target: /"
  fi
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}"
  exit 1
fi
echo "fuzz: ${#targets[@]} target(s), ${seconds}s each, no crash, hang or memory blow-up"
