#!/usr/bin/env bash
# `synoptic session` writes a session file (articles compared and aligned);
# `synoptic export` writes what the page exports for it, from its rows: TSV
# that python's csv module reads back row for row (quotes and all), TMX with
# one unit per row, JSON, the text report. An edited row shows in the export;
# a damaged session file is refused with the reader's message and status 1.
source "$(dirname "$0")/support/setup.sh" "$@"

# A report with quotes (a TSV field holding " must be quoted, its quotes doubled).
printf '%s\n\n%s\n' 'Ambassador "Smith" said the talks in Muscat went "well", on Friday.' \
    'He added: "We will meet again."' > "$out/quotes.txt"
"$synoptic" session "$kk" "$ru" "$out/quotes.txt" > "$out/story.synoptic.json" 2> "$out/err" || fail "session failed"
head -1 "$out/story.synoptic.json" | grep -q '^{"format":"synoptic-session","version":1,' || fail "not a session file"

"$synoptic" export "$out/story.synoptic.json" --format tsv > "$out/story.tsv" 2> "$out/err" || fail "export tsv failed"
python3 - "$out/story.synoptic.json" "$out/story.tsv" <<'PY' || fail "the TSV does not read back as one record per row"
import csv, json, sys
session = json.load(open(sys.argv[1]))
with open(sys.argv[2], newline='', encoding='utf-8') as f:
    records = list(csv.reader(f, delimiter='\t'))
header, rows = records[0], records[1:]
assert header == ["000_84709defd8457a92.txt", "001_e7239c642e9fa5fc.txt", "quotes.txt"], header
assert len(rows) == len(session["rows"]), (len(rows), len(session["rows"]))
assert all(len(r) == 3 for r in rows)
assert any('Ambassador "Smith" said' in r[2] for r in rows), "quotes lost"
PY
grep -q '"Ambassador ""Smith"" said' "$out/story.tsv" || fail "a field with quotes is not quoted"

"$synoptic" export "$out/story.synoptic.json" --format tmx > "$out/story.tmx" || fail "export tmx failed"
python3 - "$out/story.synoptic.json" "$out/story.tmx" <<'PY' || fail "the TMX does not hold one unit per row"
import json, sys, xml.etree.ElementTree as ET
session = json.load(open(sys.argv[1]))
units = ET.parse(sys.argv[2]).getroot().findall("./body/tu")
assert len(units) == len(session["rows"])
for unit, row in zip(units, session["rows"]):
    assert len(unit.findall("tuv")) == sum(1 for column in row["sentences"] if column)
langs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in ET.parse(sys.argv[2]).iter("tuv")}
assert {"kk", "ru", "en"} <= langs, langs
PY

"$synoptic" export "$out/story.synoptic.json" --format json > "$out/story.json" || fail "export json failed"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); e=json.load(open(sys.argv[2])); assert [r["sentences"] for r in e["rows"]] == [r["sentences"] for r in s["rows"]]' \
    "$out/story.synoptic.json" "$out/story.json" || fail "the JSON export's rows are not the session's"
"$synoptic" export - --format text < "$out/story.synoptic.json" > "$out/story.txt" || fail "export - (standard input) failed"
grep -q '^#1  (' "$out/story.txt" || fail "the text report has no rows"

# The user merged the first two rows (as the page would save it): the export follows.
python3 - "$out/story.synoptic.json" "$out/edited.synoptic.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
a, b = s["rows"][0], s["rows"][1]
s["rows"][0:2] = [{"sentences": [sorted(x + y) for x, y in zip(a["sentences"], b["sentences"])], "score": 0, "edited": True}]
json.dump(s, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$synoptic" export "$out/edited.synoptic.json" --format tsv > "$out/edited.tsv" 2> "$out/err" || fail "export of an edited session failed"
python3 - "$out/story.tsv" "$out/edited.tsv" <<'PY' || fail "the edit does not show in the TSV"
import csv, sys
before, after = (list(csv.reader(open(p, newline='', encoding='utf-8'), delimiter='\t')) for p in sys.argv[1:])
assert len(after) == len(before) - 1
for k in range(3):
    assert after[1][k] == " ".join(x for x in (before[1][k], before[2][k]) if x), (after[1][k], before[1][k], before[2][k])
PY

# Damaged session files: the reader's message, status 1.
refused() { # FILE EXPECTED-MESSAGE-PART
  local status=0
  "$synoptic" export "$1" --format tsv > /dev/null 2> "$out/err" || status=$?
  (( status == 1 )) || fail "export of $(basename "$1") exits with $status, not 1"
  grep -q "^synoptic export: .*$2" "$out/err" || fail "export of $(basename "$1") does not say '$2'"
}
head -c 3000 "$out/story.synoptic.json" > "$out/cut.synoptic.json"
refused "$out/cut.synoptic.json" "ends too early"
refused "$out/quotes.txt" "not a Synoptic session file"
sed 's/"version":1/"version":7/' "$out/story.synoptic.json" > "$out/future.synoptic.json"
refused "$out/future.synoptic.json" "newer Synoptic"
sed 's/"sentences":\[\[0\]/"sentences":[[999]/' "$out/story.synoptic.json" > "$out/pointing.synoptic.json"
refused "$out/pointing.synoptic.json" "points at sentence 1000"
refused "$out/missing.synoptic.json" "cannot read"

# session takes 2 to 8 articles, like compare.
status=0
"$synoptic" session "$kk" > /dev/null 2> "$out/err" || status=$?
(( status == 2 )) && grep -q "compare 2 to 8 articles, not 1" "$out/err" || fail "session of one article is not refused"
echo "export: ok ($(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["rows"]))' "$out/story.synoptic.json") rows)"
