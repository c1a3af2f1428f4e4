#!/usr/bin/env bash
# Instructions per engine call on the 30- and 300-row benchmark scenarios, and per shipped file loaded, counted by
# valgrind (callgrind): the same
# figure on every run, where wall-clock times on a shared machine move by a quarter or more. For comparing
# two builds of the engine, not a target (the targets are times, in marcoach-bench).
#
#   Benchmarks/instructions.sh [path/to/marcoach-bench]     (default: .build/release/marcoach-bench)
#
# Each mode runs the engine 200 and 1,200 times (300 rows: 20 and 120) in one process each; the difference
# over 1,000 (100) calls leaves out start-up and loading. The loader reads every shipped scenario file once and
# three times (`--profile-load N`); the difference over twice the bank is one file's read, check, YAML and model. Hashing is made deterministic (dictionary layouts otherwise change the count by a
# few hundred instructions from run to run). Needs valgrind.
set -euo pipefail
bench=${1:-.build/release/marcoach-bench}
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
[ -x "$bench" ] || { echo "instructions.sh: no $bench (swift build -c release --static-swift-stdlib)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the DWARF that swiftc writes: a copy without debug sections (symbols kept).
strip --strip-debug -o "$work/bench" "$bench"

whole() { # arguments... -> instructions of the whole process
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/out" "$work/bench" "$@" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
count() { # calls, flags... -> instructions of the whole process
    local n=$1; shift
    whole --profile-engine "$n" "$@"
}
# rows, calls (small, large), mode
for run in "30 200 1200 decisions" "30 200 1200 explain" "300 20 120 decisions" "300 20 120 explain"; do
    set -- $run
    rows=$1 small_n=$2 large_n=$3 mode=$4
    flags=()
    [ "$mode" = explain ] && flags+=(explain)
    [ "$rows" = 300 ] && flags+=(300-rows)
    small=$(count "$small_n" "${flags[@]}")
    large=$(count "$large_n" "${flags[@]}")
    label=$([ "$mode" = explain ] && echo "every explanation" || echo "decisions")
    awk -v a="$small" -v b="$large" -v calls=$((large_n - small_n)) -v r="$rows" -v l="$label" \
        'BEGIN { printf "engine, %3d-row scenario, %-18s %8.1fk instructions per call\n", r, l, (b - a) / calls / 1000 }'
done
files=$(find Scenarios -name '*.yaml' | wc -l)
once=$(whole --profile-load 1)
thrice=$(whole --profile-load 3)
awk -v a="$once" -v b="$thrice" -v n="$files" \
    'BEGIN { printf "loader, one shipped file (read, check, YAML, model) %8.1fk instructions per file\n", (b - a) / (2 * n) / 1000 }'
