#!/usr/bin/env bash
# Pages per second of `saring extract` on the Zyte benchmark's 181 pages, side by side in one run with a
# bare jsoup parse + text() (the floor), Readability.js (@mozilla/readability on linkedom, installed with
# npm into a temporary folder) and readability-lxml (Debian's python3-readability, run with /usr/bin/python3).
# A peer that cannot be installed is skipped with a message. Pages are read into memory first; every
# measure runs whole passes over the pages for SECONDS_PER_MEASURE seconds after a warm-up, three times,
# and the best is kept (other work on a shared machine only ever slows a measure down).
#
#   bench/extract-speed.sh [BENCHMARK_DIR]      (default: ../shared/benchmarks/extraction/zyte-article-extraction-benchmark)
#   SECONDS_PER_MEASURE=10 bench/extract-speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${1:-../shared/benchmarks/extraction/zyte-article-extraction-benchmark}
SECS=${SECONDS_PER_MEASURE:-5}
JAR=saring-bench/target/benchmarks.jar

if [ ! -d "$DIR/html" ]; then
  echo "skipped: no benchmark pages in $DIR/html"
  exit 0
fi
if [ ! -f "$JAR" ]; then
  mvn -q -B -o -pl saring-core,saring-bench -am package -DskipTests
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every row alike)"
java -cp "$JAR" dev.saring.bench.ExtractSpeed "$DIR" "$SECS"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Readability.js on linkedom, one core (node runs JavaScript on one thread).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Readability.js: skipped (node or npm not found)"
elif ! (cd "$TMP" && npm init -y >/dev/null 2>&1 \
        && npm install --silent --no-audit --no-fund @mozilla/readability linkedom >/dev/null 2>&1); then
  echo "Readability.js: skipped (npm install of @mozilla/readability and linkedom failed)"
else
  cat > "$TMP/speed.js" <<'EOF'
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');
const [dir, secs] = [process.argv[2], Number(process.argv[3])];
const htmlDir = path.join(dir, 'html');
const pages = fs.readdirSync(htmlDir).filter(f => f.endsWith('.html.gz')).sort()
  .map(f => zlib.gunzipSync(fs.readFileSync(path.join(htmlDir, f))).toString('utf8'));
let failed = 0;
const one = html => {
  try { const { document } = parseHTML(html); new Readability(document).parse(); } catch (e) { failed++; }
};
const run = seconds => {
  const t0 = process.hrtime.bigint();
  let n = 0;
  do { for (const h of pages) { one(h); n++; } } while (Number(process.hrtime.bigint() - t0) / 1e9 < seconds);
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
};
run(secs);
failed = 0;
const rate = Math.max(run(secs), run(secs), run(secs));
failed = Math.round(failed / 3);
const name = 'Readability.js ' + require('@mozilla/readability/package.json').version + ' + linkedom, 1 core';
console.log(name.padEnd(40) + ' ' + rate.toFixed(1).padStart(8) + ' pages/s ' + (1000 / rate).toFixed(2).padStart(8)
  + ' ms/page' + (failed ? '  (' + failed + ' pages threw)' : ''));
EOF
  node "$TMP/speed.js" "$DIR" "$SECS"
fi

# readability-lxml from Debian, one core.
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q python3-readability >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q python3-readability >/dev/null 2>&1; } || true
  fi
fi
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  echo "readability-lxml: skipped (python3-readability is not installed and could not be installed)"
else
  /usr/bin/python3 - "$DIR" "$SECS" <<'EOF'
import gzip, os, sys, time
from readability import Document
directory, secs = sys.argv[1], float(sys.argv[2])
html_dir = os.path.join(directory, 'html')
pages = [gzip.open(os.path.join(html_dir, f)).read().decode('utf-8')
         for f in sorted(os.listdir(html_dir)) if f.endswith('.html.gz')]
failed = 0
def one(html):
    global failed
    try:
        Document(html).summary()
    except Exception:
        failed += 1
def measure():
    t0, n = time.perf_counter(), 0
    while True:
        for h in pages:
            one(h)
            n += 1
        if time.perf_counter() - t0 >= secs:
            return n / (time.perf_counter() - t0)
for h in pages[:20]:
    one(h)
failed = 0
rate = max(measure(), measure(), measure())
failed //= 3
print('%-40s %8.1f pages/s %8.2f ms/page%s' % ('readability-lxml (Debian), 1 core', rate, 1000 / rate,
      '  (%d pages threw)' % failed if failed else ''))
EOF
fi
