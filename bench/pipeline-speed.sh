#!/usr/bin/env bash
# Speed of the whole default pipeline on real pages, beside the jsoup floor measured in the same run.
#
# Builds a WARC (under a temporary folder, removed at the end) from the HTML pages of the extraction
# benchmarks beside the project (Zyte, CleanEval, CleanPortalEval, Readability's test pages), repeated until
# it holds at least MIN_RECORDS gzip-per-record response records, each copy under its own host and URL and
# with one sentence of its own; measures a bare jsoup parse + text() of the same pages per CPU-second (the
# floor of any jsoup-based extractor); then runs `saring run` with the default pipeline on it and prints
# pages per CPU-second (user + sys of the whole JVM, from /usr/bin/time), wall pages/s on all cores, the
# ratio to the floor, each stage's share of the step CPU (stats.json step_nanos), GC time (the JVM's own
# log of each collection's CPU) and peak RSS. Per CPU-second figures hold on a shared machine; wall figures
# do not.
#
#   bench/pipeline-speed.sh                    (MIN_RECORDS=5000, THREADS=all cores)
#   MIN_RECORDS=1000 THREADS=1 bench/pipeline-speed.sh
#   SARING_JAVA_OPTS=-Xmx2g bench/pipeline-speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=../shared/benchmarks/extraction
MIN_RECORDS=${MIN_RECORDS:-5000}
THREADS=${THREADS:-$(nproc)}
CLI=saring-cli/target/saring.jar
BENCH=saring-bench/target/benchmarks.jar

if [ ! -d "$SHARED" ]; then
  echo "skipped: no benchmark pages in $SHARED"
  exit 0
fi
if [ ! -f "$CLI" ] || [ ! -f "$BENCH" ]; then
  mvn -q -B -pl saring-cli,saring-bench -am package -DskipTests
fi

TMP=$(mktemp -d /tmp/pipeline-speed.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH" dev.saring.bench.PipelineBenchWarc "$TMP/bench.warc.gz" "$MIN_RECORDS" \
  "$SHARED/zyte-article-extraction-benchmark" "$SHARED/cleaneval" "$SHARED/cleanportaleval" \
  "$SHARED/mozilla-readability-test-pages" | tee "$TMP/floor.txt"

/usr/bin/time -f '%U %S %e %M' -o "$TMP/time.txt" \
  java ${SARING_JAVA_OPTS:-} -Xlog:gc+cpu=info:file="$TMP/gc.log" -jar "$CLI" \
  run "$TMP/bench.warc.gz" -o "$TMP/out" --threads "$THREADS" --no-progress > "$TMP/run.log" 2>&1 \
  || { cat "$TMP/run.log"; echo "saring run failed"; exit 1; }

python3 - "$TMP" "$THREADS" <<'EOF'
import json, re, sys
tmp, threads = sys.argv[1], int(sys.argv[2])
user, sys_, wall, rss_kb = open(tmp + '/time.txt').read().split()[-4:]
cpu = float(user) + float(sys_)
wall = float(wall)
stats = json.load(open(tmp + '/out/stats.json'))
pages = stats['documents']['read']
floor = float(re.search(r'jsoup floor: ([0-9.]+)', open(tmp + '/floor.txt').read()).group(1))
gc_cpu = gc_real = 0.0
for line in open(tmp + '/gc.log'):
    m = re.search(r'User=([0-9.]+)s Sys=([0-9.]+)s Real=([0-9.]+)s', line)
    if m:
        gc_cpu += float(m.group(1)) + float(m.group(2))
        gc_real += float(m.group(3))
rate = pages / cpu
print(f'saring run, default pipeline, {threads} threads: {pages} pages')
print(f'  {rate:8.1f} pages per CPU-second   ({cpu:.1f} CPU-s: user {float(user):.1f} + sys {float(sys_):.1f})')
print(f'  {pages / wall:8.1f} pages/s wall on {threads} threads ({wall:.1f} s; shared machine: other work slows this)')
print(f'  {rate / floor:8.3f} of the jsoup floor ({floor:.1f} pages per CPU-second)')
print(f'  GC: {gc_cpu:.1f} CPU-s ({100 * gc_cpu / cpu:.1f}% of the run), {gc_real:.1f} s of pauses and cycles')
print(f'  peak RSS: {int(rss_kb) / 1024:.0f} MB')
nanos = stats.get('step_nanos', {})
total = sum(nanos.values())
if total:
    print(f'  stage shares of the time in steps (workers\' clock time, {total / 1e9:.1f} s; reading, writing, passes, start-up and JIT come on top):')
    for step, n in sorted(nanos.items(), key=lambda kv: -kv[1]):
        print(f'    {step:28s} {100 * n / total:5.1f}%')
EOF
