#!/usr/bin/env bash
# Runs saring's whole default pipeline on large generated input with a 1 GB heap and prints throughput,
# documents per CPU-second and peak RSS: the check that memory stays bounded whatever the input size.
#   bench/bounded-memory.sh [SIZE_MB=2048] [HEAP=1g]
#   WARC_MB=2560 bench/bounded-memory.sh 2560      (mixed: 2.5 GB of JSONL and a WARC of about 2.5 GB)
# SIZE_MB is the JSONL file's size. WARC_MB adds a WARC of the extraction benchmarks' pages beside the
# project (each copy under its own host and URL, as bench/pipeline-speed.sh builds it), about WARC_MB of HTML
# before compression. The issue's target is a 5 GB mixed input in a 1 GB heap: WARC_MB=2560 ... 2560.
set -euo pipefail
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
root="$(cd "$(dirname "$0")/.." && pwd)"
size_mb="${1:-2048}"
heap="${2:-1g}"
warc_mb="${WARC_MB:-0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/saring" --version >/dev/null   # builds the jar if needed
echo "generating ${size_mb} MB of JSONL..." >&2
java "$root/bench/GenerateJsonl.java" "$work/big.jsonl" "$size_mb"
inputs=("$work/big.jsonl")
if [ "$warc_mb" -gt 0 ]; then
  bench_jar="$root/saring-bench/target/benchmarks.jar"
  [ -f "$bench_jar" ] || (cd "$root" && mvn -q -B -pl saring-bench -am package -DskipTests)
  shared="$root/../shared/benchmarks/extraction"
  [ -d "$shared" ] || { echo "WARC_MB needs the benchmark pages in $shared" >&2; exit 1; }
  # the four benchmarks hold about 81 KB of HTML a page
  records=$(( warc_mb * 1024 / 81 ))
  echo "generating a WARC of about ${warc_mb} MB of HTML (${records} records)..." >&2
  java -cp "$bench_jar" dev.saring.bench.PipelineBenchWarc "$work/big.warc.gz" "$records" \
    "$shared/zyte-article-extraction-benchmark" "$shared/cleaneval" "$shared/cleanportaleval" \
    "$shared/mozilla-readability-test-pages" >&2
  inputs+=("$work/big.warc.gz")
fi
bytes=$(du -cb "${inputs[@]}" | tail -1 | cut -f1)

/usr/bin/time -v -o "$work/time.txt" java -Xmx"$heap" -jar "$root/saring-cli/target/saring.jar" \
    run "${inputs[@]}" -o "$work/out" --no-progress >"$work/summary.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
user=$(awk -F': ' '/User time/ {print $2}' "$work/time.txt")
sys=$(awk -F': ' '/System time/ {print $2}' "$work/time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
docs=$(python3 -c "import json; print(json.load(open('$work/out/stats.json'))['documents']['read'])" 2>/dev/null || echo 0)
awk -v b="$bytes" -v s="$secs" -v r="$rss_kb" -v h="$heap" -v u="$user" -v y="$sys" -v d="$docs" 'BEGIN {
  printf "input            %10.1f MB on disk\n", b / 1048576
  printf "heap limit       %10s\n", h
  printf "wall time        %10.1f s\n", s
  printf "throughput       %10.1f MB/s\n", b / 1048576 / s
  printf "documents        %10d read, %.1f per CPU-second (%.1f CPU-s)\n", d, d / (u + y), u + y
  printf "peak RSS         %10.1f MB\n", r / 1024
}'
grep -E "documents read|kept" "$work/summary.txt" | head -2
