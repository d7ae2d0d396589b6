#!/usr/bin/env bash
# End-to-end near-dedup benchmark: generates documents (1 million by default; pass e.g. 200k for fewer),
# observes them on all cores, decides, applies the decisions, and prints wall time, documents/s and the
# peak RSS of the JVM (-Xmx4g by default, as the 10-million-document target requires; XMX=1g to try less).
#   bench/dedup-1m.sh [COUNT] [--threads N] [--memory-mb MB] [--words N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/saring-bench/target/benchmarks.jar"
if [[ ! -f "$jar" || -n "$(find "$root/saring-core/src" "$root/saring-bench/src" -newer "$jar" -name '*.java' -print -quit)" ]]; then
  (cd "$root" && mvn -q -B -pl saring-bench -am package -DskipTests)
fi
count="${1:-1000000}"
[[ $# -gt 0 ]] && shift
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
/usr/bin/time -v java "-Xmx${XMX:-4g}" -cp "$jar" dev.saring.bench.DedupBench "$count" "$@" 2> "$log"
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Percent of CPU' "$log" | sed 's/^\s*//'
rss_kb="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
printf '%-34s %15s\n' "peak RSS MiB" "$((rss_kb / 1024))"
