#!/usr/bin/env bash
# The report of a large run: its size, and how long headless Chromium takes to open it (from navigation
# start to every chart drawn), beside the example crawl's report opened in the same browser.
# Usage: bench/report-1m.sh [DOCUMENTS]            a synthetic run folder (SyntheticRun: counters and sample of
#                                                   N generated documents, made in seconds; default 1,000,000)
#        REAL=1 bench/report-1m.sh [DOCUMENTS]     a real run of N generated documents (about 1.4 KB each)
# Needs chromium and chromedriver.
set -euo pipefail
N=${1:-1000000}
cd "$(dirname "$0")/.."
mvn -B -q -pl saring-cli -am package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar saring-cli/target/saring.jar run examples/crawl -o "$work/example" --no-progress > /dev/null
if [ -z "${REAL:-}" ]; then
  pages="$work/example/report.html,synthetic:$N:$work/synthetic"
else
mkdir -p "$work/in"
java bench/GenerateReportRun.java "$N" "$work/in/docs.jsonl"
# a pipeline without language id, so that a million documents take minutes, not an hour
printf 'steps = clean, non-empty, gopher-quality, c4-quality, dedup-exact\n' > "$work/bench.properties"
start=$(date +%s)
java ${SARING_JAVA_OPTS:-} -jar saring-cli/target/saring.jar run "$work/in" -o "$work/run" --config "$work/bench.properties" --no-progress | tail -4
echo "run: $(( $(date +%s) - start )) s"
pages="$work/example/report.html,$work/run/report.html"
fi
mvn -B -q -pl saring-cli -am test -Dtest=ReportOpenTimeBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsaring.report.pages="$pages" -Dsaring.report.result="$work/result.txt" > /dev/null
cat "$work/result.txt"
