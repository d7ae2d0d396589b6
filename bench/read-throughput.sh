#!/usr/bin/env bash
# Reader throughput: saring's Readers against zcat, on the same compressed bytes.
#
#   bench/read-throughput.sh [FILES...]        (default: ../shared/corpora/warc/*.warc.gz)
#   ROUNDS=50 bench/read-throughput.sh crawl/*.warc.gz
#
# Both sides read every file ROUNDS times; MB/s is compressed megabytes (10^6 bytes) per second.
# Files that zcat cannot read whole (the deliberately broken ones) are left out of both sides.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-20}
WARMUP=${WARMUP:-5}
JAR=saring-bench/target/benchmarks.jar

if [ "$#" -gt 0 ]; then
  inputs=("$@")
else
  shopt -s nullglob
  inputs=(../shared/corpora/warc/*.warc.gz)
  shopt -u nullglob
  if [ "${#inputs[@]}" -eq 0 ]; then
    echo "no input files: pass some, or provide ../shared/corpora/warc/" >&2
    exit 1
  fi
fi

files=()
all_gzip=1
for f in "${inputs[@]}"; do
  if zcat -f -- "$f" > /dev/null 2>&1; then
    files+=("$f")
    [ "$(head -c 2 -- "$f" | od -An -tx1 | tr -d ' \n')" = "1f8b" ] || all_gzip=0
  else
    echo "left out (zcat cannot read it whole): $f" >&2
  fi
done
[ "${#files[@]}" -gt 0 ] || { echo "no readable input" >&2; exit 1; }

if [ ! -f "$JAR" ] || [ -n "$(find pom.xml saring-core/pom.xml saring-bench/pom.xml saring-core/src/main saring-bench/src/main -newer "$JAR" -type f | head -1)" ]; then
  echo "building $JAR ..." >&2
  mvn -q -B -pl saring-bench -am package -DskipTests >&2
fi

bytes=$(cat -- "${files[@]}" | wc -c)

saring_out=$(java -cp "$JAR" dev.saring.bench.ReadThroughput --rounds "$ROUNDS" --warmup "$WARMUP" "${files[@]}")
echo "$saring_out" >&2
saring_mbps=$(echo "$saring_out" | sed -n 's/.*compressed_MBps=\([0-9.]*\).*/\1/p')

# Complete gzip files concatenate into one valid multi-member stream: one zcat process, no spawn cost.
start=$(date +%s%N)
if [ "$all_gzip" -eq 1 ]; then
  for _ in $(seq "$ROUNDS"); do cat -- "${files[@]}"; done | zcat > /dev/null
else
  for _ in $(seq "$ROUNDS"); do for f in "${files[@]}"; do zcat -f -- "$f"; done; done > /dev/null
fi
end=$(date +%s%N)
zcat_mbps=$(awk -v b="$bytes" -v r="$ROUNDS" -v ns="$((end - start))" 'BEGIN { printf "%.1f", b * r / 1e6 / (ns / 1e9) }')

printf '\n%d files, %d compressed bytes, %d rounds\n' "${#files[@]}" "$bytes" "$ROUNDS"
printf '%-28s %10s\n' "reader" "MB/s"
printf '%-28s %10s\n' "saring Readers (documents)" "$saring_mbps"
printf '%-28s %10s\n' "zcat (decompression only)" "$zcat_mbps"
printf '%-28s %10s\n' "ratio saring / zcat" "$(awk -v s="$saring_mbps" -v z="$zcat_mbps" 'BEGIN { printf "%.2f", s / z }')"
