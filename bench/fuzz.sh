#!/usr/bin/env bash
# Fuzzes one target for a while with Jazzer (coverage-guided); a crash is saved as a new seed beside the
# committed ones (src/test/resources/.../<Class>Inputs/<target>/), where every later `mvn verify` replays it.
#   bench/fuzz.sh TARGET [MINUTES=10]
# TARGET: warc, wet, jsonl, csv, gzipMembers (ReaderFuzzTest), decode, extract (ExtractFuzzTest), clean (LineCleanerFuzzTest)
# Without JAZZER_FUZZ the same tests only replay their seeds, as in every build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: bench/fuzz.sh TARGET [MINUTES]}"
minutes="${2:-10}"
case "$target" in
  warc|wet|jsonl|csv|gzipMembers) class=ReaderFuzzTest ;;
  decode|extract) class=ExtractFuzzTest ;;
  clean) class=LineCleanerFuzzTest ;;
  *) echo "unknown target $target" >&2; exit 1 ;;
esac
cd "$root"
start=$(date +%s)
JAZZER_FUZZ=1 mvn -B -q -pl saring-core -am test -Dtest="$class#$target" -Dsurefire.failIfNoSpecifiedTests=false -DskipSentencesExecution=true \
    -Djazzer.max_duration="$(awk -v m="$minutes" 'BEGIN { printf "%ds", m * 60 }')"
echo "fuzzed $class#$target for $(( $(date +%s) - start )) s (including the build) without a finding"
