#!/usr/bin/env bash
# `synoptic export --format html` writes the report of a session: one page
# with the rows' table, both articles' titles, no script and nothing fetched;
# read from standard input or from a file, the same bytes.
source "$(dirname "$0")/support/setup.sh" "$@"

"$synoptic" session "$kk" "$ru" > "$out/story.synoptic.json" 2> "$out/err" || fail "session failed"
"$synoptic" export - --format html < "$out/story.synoptic.json" > "$out/report.html" 2> "$out/err" || fail "export - --format html failed"
"$synoptic" export "$out/story.synoptic.json" --format html > "$out/file.html" 2> "$out/err" || fail "export FILE --format html failed"
cmp -s "$out/report.html" "$out/file.html" || fail "the report of standard input and of the file differ"

head -1 "$out/report.html" | grep -qx '<!DOCTYPE html>' || fail "not an HTML page"
grep -q '<table class="rows">' "$out/report.html" || fail "no table of rows"
grep -q 'Иран мен АҚШ Омандағы келіссөзін аяқтады' "$out/report.html" || fail "no Kazakh title"
grep -q 'Иран и США завершили очередной раунд переговоров в Омане' "$out/report.html" || fail "no Russian title"
if grep -qi '<script' "$out/report.html"; then fail "the report holds a script"; fi
if grep -Eqi '(src|href)=|url\(|@import' "$out/report.html"; then fail "the report links to something"; fi

# One table row per session row.
python3 - "$out/story.synoptic.json" "$out/report.html" <<'PY' || fail "the report's rows are not the session's"
import json, re, sys
session = json.load(open(sys.argv[1]))
html = open(sys.argv[2], encoding="utf-8").read()
body = html[html.index('<table class="rows">'):]
body = body[body.index("<tbody>"):body.index("</tbody>")]
assert body.count("<tr") == len(session["rows"]), (body.count("<tr"), len(session["rows"]))
PY

# The usage names the format.
status=0
"$synoptic" export "$out/story.synoptic.json" --format pdf > /dev/null 2> "$out/err" || status=$?
(( status == 2 )) && grep -q 'text|html|beads' "$out/err" || fail "a wrong format is not refused with the usage"
echo "export_html: ok ($(wc -c < "$out/report.html") bytes)"
