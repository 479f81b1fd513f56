#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset, clang with ASan and UBSan) and runs each one
# for a given time on its seeds and a persistent corpus. Any input that crashes a target or
# breaks one of its invariants is saved to tests/fuzz/findings/<target>/, where the default
# test run (tst_fuzzreplay) replays it from then on.
#
# Usage: scripts/fuzz.sh [-j N] [--minimise] [seconds] [target...]
#   seconds     per target (default 60)
#   target      names from tests/fuzz/targets.txt (default: all)
#   -j N        targets run at the same time (default 1), each under nice -n 10
#   --minimise  afterwards, merge the persistent corpus into tests/fuzz/corpus/<target>/,
#               the minimised corpus the replay test keeps
# The persistent corpus lives in tests/fuzz/corpus-work/<target>/ (not committed); logs and
# a summary (executions, coverage, corpus size per target) in build-fuzz/fuzz-logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=1
minimise=0
seconds=60
targets=()
while (($#)); do
    case $1 in
    -j) jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    --minimise|--minimize) minimise=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *[!0-9]*) targets+=("$1"); shift ;;
    *) seconds=$1; shift ;;
    esac
done

declare -A seeds=()
all=()
while read -r name folders; do
    [[ -z $name || $name == \#* ]] && continue
    all+=("$name")
    seeds[$name]=$folders
done < tests/fuzz/targets.txt
((${#targets[@]})) || targets=("${all[@]}")
for t in "${targets[@]}"; do
    [[ -v seeds[$t] ]] || { echo "fuzz.sh: no target \"$t\" in tests/fuzz/targets.txt" >&2; exit 2; }
done

scripts/install-deps.sh --fuzz
[[ -f build-fuzz/build.ninja ]] || cmake --preset fuzz --log-level=WARNING
nice -n 10 cmake --build build-fuzz -j 2 --target "${targets[@]/#/fuzz_}"

logs=build-fuzz/fuzz-logs
mkdir -p "$logs"
summary=$logs/summary.txt
: > "$summary"

run() {
    local t=$1
    local corpus=tests/fuzz/corpus-work/$t findings=tests/fuzz/findings/$t
    mkdir -p "$corpus" "$findings"
    local inputs=("$corpus")
    for folder in ${seeds[$t]} tests/fuzz/seeds/$t tests/fuzz/corpus/$t "$findings"; do
        [[ -d $folder ]] && inputs+=("$folder")
    done
    local status=0 started=$SECONDS
    # -max_len: the largest seed is a few kB; room to grow without slowing every execution.
    # -timeout: no input needs more than milliseconds, so 10 s means a hang.
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    nice -n 10 "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=16384 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" \
        "${inputs[@]}" > "$logs/$t.log" 2>&1 || status=$?
    local done_line execs
    done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$logs/$t.log" | tail -1 || true)
    execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$logs/$t.log" | grep -oE '[0-9]+$' || echo '?')
    local cov ft corp rate
    cov=$(grep -oE 'cov: [0-9]+' <<< "$done_line" | grep -oE '[0-9]+' || echo '?')
    ft=$(grep -oE 'ft: [0-9]+' <<< "$done_line" | grep -oE '[0-9]+' || echo '?')
    corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' <<< "$done_line" | sed 's/corp: //' || echo '?')
    rate=$(grep -oE 'exec/s: [0-9]+' <<< "$done_line" | grep -oE '[0-9]+' || echo '?')
    local found
    found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
            -o -name 'oom-*' \) -newer "$logs/$t.started" | wc -l)
    printf '%-18s %6ss  execs %10s  exec/s %6s  cov %5s  ft %6s  corpus %-12s findings %s  exit %s\n' \
        "$t" "$((SECONDS - started))" "$execs" "$rate" "$cov" "$ft" "$corp" "$found" "$status" >> "$summary"
    if ((minimise)); then
        mkdir -p "tests/fuzz/corpus/$t"
        nice -n 10 "build-fuzz/tests/fuzz/fuzz_$t" -merge=1 -max_len=16384 "tests/fuzz/corpus/$t" \
            "$corpus" >> "$logs/$t.merge.log" 2>&1 || true
    fi
}

running=0
for t in "${targets[@]}"; do
    touch "$logs/$t.started"
    run "$t" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

sort "$summary" -o "$summary"
cat "$summary"
if grep -qE 'findings [1-9]' "$summary"; then
    echo "Findings saved under tests/fuzz/findings/: fix them; tst_fuzzreplay replays them." >&2
    exit 1
fi
