#!/usr/bin/env bash
# Runs saring on one large generated JSONL file with a 1 GB heap and prints throughput and peak RSS:
# the check that memory stays bounded whatever the input size.
#   bench/bounded-memory.sh [SIZE_MB=2048] [HEAP=1g]
# The issue's target is a 10 GB input in a 1 GB heap: bench/bounded-memory.sh 10240
set -euo pipefail
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
root="$(cd "$(dirname "$0")/.." && pwd)"
size_mb="${1:-2048}"
heap="${2:-1g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/saring" --version >/dev/null   # builds the jar if needed
echo "generating ${size_mb} MB of JSONL..." >&2
java "$root/bench/GenerateJsonl.java" "$work/big.jsonl" "$size_mb"
bytes=$(stat -c %s "$work/big.jsonl")

/usr/bin/time -v -o "$work/time.txt" java -Xmx"$heap" -jar "$root/saring-cli/target/saring.jar" \
    run "$work/big.jsonl" -o "$work/out" --no-progress >"$work/summary.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
awk -v b="$bytes" -v s="$secs" -v r="$rss_kb" -v h="$heap" 'BEGIN {
  printf "input            %10.1f MB\n", b / 1048576
  printf "heap limit       %10s\n", h
  printf "wall time        %10.1f s\n", s
  printf "throughput       %10.1f MB/s\n", b / 1048576 / s
  printf "peak RSS         %10.1f MB\n", r / 1024
}'
grep -E "documents read|kept" "$work/summary.txt" | head -2
