#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and fuzzes each for SECONDS (default 60).
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 600 fuzz_sse
# Environment: BUILD_DIR (default: build-fuzz), JOBS (default: 2), WORK_DIR (default:
# $TMPDIR/seqera-fuzz): the growing corpus of each target lives in WORK_DIR/corpus/<target>
# and crashes in WORK_DIR/crashes/<target>/, outside the repository. FUZZ_ARGS adds libFuzzer
# flags (e.g. FUZZ_ARGS="-jobs=2 -workers=2"). SEQERA_FUZZ_IGNORE_KNOWN lists the reported,
# unfixed bugs a campaign goes past (ids in docs/fuzzing.md; default: none).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=${BUILD_DIR:-build-fuzz}
jobs=${JOBS:-2}
seconds=${1:-60}
shift || true
work=${WORK_DIR:-${TMPDIR:-/tmp}/seqera-fuzz}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_callback fuzz_sse fuzz_token_response fuzz_idtoken fuzz_command_classifier
                                 fuzz_path_resolver)

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
      -DSEQERA_FUZZ=ON -DSEQERA_BUILD_GUI=OFF -DSEQERA_BUILD_TESTS=OFF >/dev/null
ninja -C "$build" -j"$jobs" "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export SEQERA_FUZZ_IGNORE_KNOWN=${SEQERA_FUZZ_IGNORE_KNOWN-}

status=0
summary=()
for t in "${targets[@]}"; do
    corpus=$work/corpus/$t
    crashes=$work/crashes/$t
    log=$work/logs/$t.log
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
    dict=()
    [[ -f tests/fuzz/dict/$t.dict ]] && dict=(-dict="tests/fuzz/dict/$t.dict")
    echo "== $t: fuzzing for ${seconds}s (corpus $corpus, log $log)"
    rc=0
    # The scratch corpus comes first: libFuzzer writes new inputs only there.
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 "${dict[@]}" -artifact_prefix="$crashes/" ${FUZZ_ARGS:-} \
        "$corpus" "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t" >"$log" 2>&1 || rc=$?
    # Last status line ("#N DONE cov: ... ft: ... corp: ... exec/s: ...") and the final stats.
    done_line=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$done_line")
    ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$done_line")
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
    echo "   $done_line"
    if [[ $rc -ne 0 ]]; then
        status=1
        echo "   FAILED (exit $rc): crash input in $crashes/; first report lines:"
        grep -E 'ERROR: |INVARIANT BROKEN|runtime error|SUMMARY' "$log" | head -5 | sed 's/^/     /'
        summary+=("$(printf '%-22s CRASH   see %s' "$t" "$log")")
    else
        summary+=("$(printf '%-22s %10s exec/s  cov %-6s ft %-7s runs %s' "$t" "${execs:-?}" \
                            "${cov:-?}" "${ft:-?}" "${runs:-?}")")
    fi
done
echo
echo "== summary (${seconds}s each)"
printf '%s\n' "${summary[@]}"
exit $status
