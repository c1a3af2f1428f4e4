#!/usr/bin/env bash
# Instructions per engine call on the 30-row benchmark scenario, counted by valgrind (callgrind): the same
# figure on every run, where wall-clock times on a shared machine move by a quarter or more. For comparing
# two builds of the engine, not a target (the targets are times, in marcoach-bench).
#
#   Benchmarks/instructions.sh [path/to/marcoach-bench]     (default: .build/release/marcoach-bench)
#
# Each mode runs the engine 200 and 1,200 times in one process each; the difference over 1,000 calls leaves
# out start-up and loading. Hashing is made deterministic (dictionary layouts otherwise change the count by a
# few hundred instructions from run to run). Needs valgrind.
set -euo pipefail
bench=${1:-.build/release/marcoach-bench}
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
[ -x "$bench" ] || { echo "instructions.sh: no $bench (swift build -c release --product marcoach-bench)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the DWARF that swiftc writes: a copy without debug sections (symbols kept).
strip --strip-debug -o "$work/bench" "$bench"

count() { # calls, mode -> instructions of the whole process
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/out" "$work/bench" --profile-engine "$1" $2 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for mode in decisions explain; do
    flag=$([ "$mode" = explain ] && echo explain || true)
    small=$(count 200 "$flag")
    large=$(count 1200 "$flag")
    label=$([ "$mode" = explain ] && echo "every explanation" || echo "decisions")
    awk -v a="$small" -v b="$large" -v l="$label" \
        'BEGIN { printf "engine, 30-row scenario, %-18s %7.1fk instructions per call\n", l, (b - a) / 1000 / 1000 }'
done
