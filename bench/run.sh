#!/usr/bin/env bash
# Builds the release preset, makes the synthetic catalogs the benchmarks need (once), runs the
# three benchmarks and keeps their JSON in build/bench-results/. See bench/README.md.
#
#   bench/run.sh [--build-dir DIR] [--no-build] [--items N]
#
# --build-dir DIR  use an already configured build (benchmarks on) instead of the release preset
# --no-build       run what is built
# --items N        catalog size (default 100000); the delta always changes 1000 items
# ONEWINDOW_BENCH_DATA and ONEWINDOW_BENCH_RESULTS move the catalogs and the results elsewhere.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"
use_preset=1
do_build=1
items=100000
while [[ $# -gt 0 ]]; do
    case "$1" in
    --build-dir) build=$(cd "$2" && pwd); use_preset=0; shift 2 ;;
    --no-build) do_build=0; shift ;;
    --items) items=$2; shift 2 ;;
    *) echo "unknown argument: $1 (see the top of $0)" >&2; exit 2 ;;
    esac
done
data=${ONEWINDOW_BENCH_DATA:-$root/build/bench-data}
results=${ONEWINDOW_BENCH_RESULTS:-$root/build/bench-results}

cd "$root"
if [[ $do_build == 1 ]]; then
    if [[ $use_preset == 1 ]]; then
        cmake --preset release
        cmake --build --preset release
    else
        cmake --build "$build"
    fi
fi

mkdir -p "$data" "$results"
gen="$build/bench/gencatalog/onewindow-gencatalog"
full="$data/full-$items-seed1.json"
delta="$data/delta-1k-of-$items-seed1.json"
[[ -s $full ]] || "$gen" --items "$items" --seed 1 --out "$full"
[[ -s $delta ]] || "$gen" --delta-of-version 1 --delta-items 1000 --items "$items" --seed 1 --out "$delta"

# The library's own log lines (onewindow.*) are left out; each program's summary is kept.
# Each program's stdout goes to its file, its stderr through this filter to the terminal.
quiet() { grep -v '^onewindow\.' >&2 || true; }

echo "== search latency ($items items)" >&2
"$build/bench/searchlatency/onewindow-bench-search" --catalog "$full" 2>&1 >"$results/search.json" | quiet
echo "== import ($items items, then a 1k delta)" >&2
"$build/bench/importspeed/onewindow-bench-import" --full "$full" --delta "$delta" 2>&1 >"$results/import.json" | quiet
echo "== start-up (demo catalog)" >&2
"$build/bench/startup/onewindow-bench-startup" --client "$build/ui/onewindow" 2>&1 >"$results/startup.json" | quiet

echo
echo "Results in $results:"
if command -v jq >/dev/null; then
    jq -r '"search   p50 \(.overall.p50) ms, p99 \(.overall.p99) ms (goal \(.goal.p50Ms) / \(.goal.p99Ms)); met: \(.met)"' \
        "$results/search.json"
    jq -r '"import   full \(.full.ms) ms (goal \(.goal.fullMs)), delta \(.delta.ms) ms (goal \(.goal.deltaMs)); met: \(.met)"' \
        "$results/import.json"
    jq -r '"startup  first \(.firstRun.startupMs) ms, warm median \(.warm.startupMs.median) ms, RSS max \(.warm.rssKiB.max) KiB; met: \(.met)"' \
        "$results/startup.json"
else
    ls -l "$results"
fi
