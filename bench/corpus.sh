#!/usr/bin/env bash
# Corpus-scale benchmark (issue 11): builds corpora of N articles of real news text from the shared data (read in
# place, never copied into the repo) into a temp dir, then runs `parallax analyze --timings` and
# `parallax stories --timings` on each under /usr/bin/time -v. Prints per-step times, articles/s, MB/s, peak RSS.
# Usage: bench/corpus.sh [--data DIR] [--sizes "1000 10000 100000"] [--skip-analyze] [--keep]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data=/work/shared/data; sizes="1000 10000 100000"; analyze=1; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2;; --sizes) sizes="$2"; shift 2;;
    --skip-analyze) analyze=0; shift;; --keep) keep=1; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
dotnet build -c Release "$root/bench/Parallax.Bench.Corpus" -v q >/dev/null
dotnet build -c Release "$root/src/Parallax.Cli" -v q >/dev/null
gen="$root/bench/Parallax.Bench.Corpus/bin/Release/net10.0/Parallax.Bench.Corpus.dll"
cli="$root/src/Parallax.Cli/bin/Release/net10.0/parallax.dll"
work="$(mktemp -d)"; [ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
for n in $sizes; do
  dotnet "$gen" --data "$data" --repo "$root" --out "$work/c$n" --articles "$n"
  mb=$(du -sm "$work/c$n" | cut -f1)
  run() { # name, command...
    local name=$1; shift
    /usr/bin/time -v "$@" >"$work/$name.out" 2>"$work/$name.err" || true
    grep '^timing:' "$work/$name.err" || true
    local wall rss
    wall=$(grep 'Elapsed (wall clock)' "$work/$name.err" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep 'Maximum resident' "$work/$name.err" | awk '{print $NF}')
    awk -v n="$n" -v w="$wall" -v r="$rss" -v mb="$mb" -v name="$name" \
      'BEGIN { printf "%s: %d articles, %d MB of JSON Lines, %.1f s wall, %.1f articles/s, %.2f MB/s, peak RSS %.0f MB\n", name, n, mb, w, n/w, mb/w, r/1024 }'
  }
  [ "$analyze" = 1 ] && run "analyze-$n" dotnet "$cli" analyze "$work/c$n" -q --timings -o "$work/d$n"
  run "stories-$n" dotnet "$cli" stories "$work/c$n" -q --timings --format json
done
