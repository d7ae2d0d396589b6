#!/usr/bin/env bash
# Every extraction benchmark in ../shared, scored by `saring eval extraction`, and the line gates' sets by
# `saring eval lines`, printed as one table: a change to the extractor or the cleaner is judged on all of
# them at once. Each row: the benchmark (and WCXB page type / DAnIEL language), F1 of the extractor, of
# the text-level steps of a run (extract, clean, repeated-lines) and of `saring clean` on the extracted
# text. Full outputs stay in OUT (default: a temporary folder, printed at the end).
#
#   bench/extraction-table.sh [OUT]
#   SARING="java -cp saring-cli/target/saring.jar dev.saring.cli.Main" bench/extraction-table.sh
#   BENCHMARKS="wcxb-dev daniel" LINES=no bench/extraction-table.sh     (some benchmarks, no line sets)
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=../shared/benchmarks
SARING=${SARING:-java -cp saring-cli/target/saring.jar dev.saring.cli.Main}
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
if [ ! -d "$SHARED" ]; then
  echo "skipped: no ../shared/benchmarks"
  exit 0
fi

printf '%-28s %6s %8s %9s %10s\n' benchmark pages extract pipeline clean_text
for b in ${BENCHMARKS:-zyte-article-extraction-benchmark cleaneval cleanportaleval mozilla-readability-test-pages wcxb-dev daniel}; do
  [ -d "$SHARED/extraction/$b" ] || { echo "$b: skipped (not in ../shared)"; continue; }
  layout=auto
  [ "$b" = cleanportaleval ] && layout=cleanportaleval
  $SARING eval extraction "$SHARED/extraction/$b" --layout "$layout" --no-baseline --pages "$OUT/$b.pages.tsv" > "$OUT/$b.txt"
  awk -v b="$b" '
    /^saring extract /  { e = $3 }
    /^saring pipeline / { p = $3 }
    /^extract \| clean / { c = $4 }
    /^benchmark /       { n = $5 }
    /^(page type|language) / { grouped = 1; next }
    grouped && NF >= 5 && $1 != "all" { printf "  %-26s %6d %8.3f %9.3f %10.3f\n", $1, $2, $3, $4, $5 }
    END { printf "%-28s %6d %8.3f %9.3f %10.3f\n", b, n, e, p, c > "/dev/stderr" }
  ' "$OUT/$b.txt" 2> "$OUT/$b.row" > "$OUT/$b.groups"
  cat "$OUT/$b.row" "$OUT/$b.groups"
done

[ "${LINES:-yes}" = no ] && exit 0
echo
printf '%-28s %s\n' "line set" "drop F1 / keep recall (saring)"
for set in ../shared/corpora/seed "$SHARED/lines/zyte"; do
  [ -d "$set" ] || continue
  $SARING eval lines "$set" > "$OUT/lines-$(basename "$set").txt"
  awk -v s="$(basename "$set")" '$1 == "saring" { printf "%-28s %s / %s\n", s, $5, $6; exit }' "$OUT/lines-$(basename "$set").txt"
done
for set in readability:mozilla-readability-test-pages cleanportaleval:cleanportaleval cleaneval:cleaneval; do
  dir="$SHARED/extraction/${set#*:}"
  [ -d "$dir" ] || continue
  $SARING eval lines "$dir" --cleaner saring --set "${set%%:*}" > "$OUT/lines-${set%%:*}.txt"
  awk -v s="${set%%:*}" '$1 == "saring" { printf "%-28s %s / %s\n", s, $5, $6; exit }' "$OUT/lines-${set%%:*}.txt"
done
echo "outputs: $OUT"
