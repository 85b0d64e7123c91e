#!/usr/bin/env bash
# `-` names standard input in every command (README): an article piped into
# align or compare reads exactly as the same file named on the command line,
# and naming `-` twice is refused with a message, not read as an empty article.
source "$(dirname "$0")/support/setup.sh" "$@"

"$synoptic" segment "$ru" > "$out/segment-file"
"$synoptic" segment - < "$ru" > "$out/segment-stdin" 2> "$out/err" || fail "segment - failed"
cmp -s "$out/segment-file" "$out/segment-stdin" || fail "segment - reads differently from the file"

"$synoptic" align "$kk" "$ru" > "$out/align-file" 2> /dev/null
"$synoptic" align "$kk" - < "$ru" > "$out/align-stdin" 2> "$out/err" || fail "align A - failed"
cmp -s "$out/align-file" "$out/align-stdin" || fail "align A - gives other beads than align A B"

"$synoptic" compare "$kk" "$ru" "$tr" --format json > "$out/compare-file"
"$synoptic" compare "$kk" - "$tr" --format json < "$ru" > "$out/compare-stdin" 2> "$out/err" || fail "compare A - C failed"
python3 - "$out/compare-file" "$out/compare-stdin" <<'PY' || fail "compare A - C gives other rows than compare A B C"
import json, sys
named, piped = (json.load(open(p)) for p in sys.argv[1:])
assert [len(a["sentences"]) for a in named["articles"]] == [len(a["sentences"]) for a in piped["articles"]]
assert named["rows"] == piped["rows"]
PY

for command in "align - -" "compare $kk - -" "similarity - -" "demo - -"; do
  status=0
  # shellcheck disable=SC2086 # the command's words are meant to split
  "$synoptic" $command < "$ru" > /dev/null 2> "$out/err" || status=$?
  (( status == 2 )) || fail "'$command' exits with $status, not 2"
  grep -q "standard input (-) can be read only once" "$out/err" || fail "'$command' does not say why"
done
echo "stdin: ok"
