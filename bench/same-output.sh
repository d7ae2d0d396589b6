#!/usr/bin/env bash
# Whether a speed change left the output alone: runs the default pipeline with two builds of the command
# line on the same input and compares what they kept and dropped (clean/ and rejects/, decompressed) and
# errors.jsonl, byte for byte. stats.json differs only in timings and is not compared.
#
#   bench/same-output.sh BEFORE.jar AFTER.jar INPUT...          (e.g. a saring.jar built from main)
#   THREADS=1 bench/same-output.sh old/saring.jar saring-cli/target/saring.jar ../shared/corpora/warc/*.warc.gz
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 BEFORE.jar AFTER.jar INPUT..." >&2
  exit 1
fi
before=$1
after=$2
shift 2
THREADS=${THREADS:-$(nproc)}
TMP=$(mktemp -d /tmp/same-output.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

for side in before after; do
  jar=$before
  [ "$side" = after ] && jar=$after
  /usr/bin/time -f '%U %S %e' -o "$TMP/$side.time" \
    java ${SARING_JAVA_OPTS:-} -jar "$jar" run "$@" -o "$TMP/$side" --threads "$THREADS" --no-progress > "$TMP/$side.log" 2>&1 \
    || { cat "$TMP/$side.log"; echo "$side: saring run failed"; exit 1; }
  read -r user sys wall < "$TMP/$side.time"
  echo "$side: $(python3 -c "import json;print(json.load(open('$TMP/$side/stats.json'))['documents']['read'])") documents, user $user + sys $sys CPU-s, $wall s wall"
done

same=1
for dir in clean rejects; do
  for f in "$TMP/before/$dir"/* "$TMP/after/$dir"/*; do
    name=$(basename "$f")
    if ! cmp -s <(zstdcat -qf "$TMP/before/$dir/$name" 2>/dev/null) <(zstdcat -qf "$TMP/after/$dir/$name" 2>/dev/null); then
      echo "differs: $dir/$name"
      same=0
    fi
  done
done
cmp -s "$TMP/before/errors.jsonl" "$TMP/after/errors.jsonl" || { echo "differs: errors.jsonl"; same=0; }
if [ $same = 1 ]; then echo "same output"; else echo "output differs"; exit 1; fi
