#!/usr/bin/env bash
# synoptic segment on the seeds and on bad input: the output contract of
# issue 3 (metadata lines, one sentence a line, blank line between
# paragraphs, title first; JSON with offsets) and clear errors.
set -euo pipefail
synoptic=$1
root=$2
seeds=$root/assets/demo
gold=$root/tests/data/gold/kazinform-kk-ru
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Text: the sentences (lines after the metadata block, blank lines dropped)
# are exactly the hand segmentation of the Kazinform gold.
for pair in "000_84709defd8457a92:kk" "001_e7239c642e9fa5fc:ru"; do
  seed=${pair%%:*}; lang=${pair##*:}
  "$synoptic" segment "$seeds/$seed.txt" > "$tmp/out.txt"
  [[ "$(head -1 "$tmp/out.txt")" == "# title: "* ]] || fail "$seed: first line is not '# title:'"
  grep -q '^# date: 2026-02-07$' "$tmp/out.txt" || fail "$seed: no date line"
  grep -q "^# language: $lang " "$tmp/out.txt" || fail "$seed: language is not $lang"
  sed '/^#/d;/^$/d' "$tmp/out.txt" > "$tmp/sentences.txt"
  diff <(sed 's/[[:space:]]*$//' "$gold/$lang.txt" | sed '/^$/d') "$tmp/sentences.txt" \
    || fail "$seed: sentences differ from the gold"
done

# Paragraphs: the Russian seed has 12 paragraphs, hence 11 blank lines after the metadata block.
# (Output goes to a file first: under pipefail, `cmd | grep -q` fails when
# grep exits at its first match and cmd is killed writing to the closed pipe.)
"$synoptic" segment "$seeds/001_e7239c642e9fa5fc.txt" > "$tmp/ru.txt"
[ "$(sed '1,/^$/d' "$tmp/ru.txt" | grep -c '^$')" = 11 ] || fail "paragraph separation"

# --lang overrides identification.
"$synoptic" segment --lang ru "$seeds/000_84709defd8457a92.txt" > "$tmp/kk-as-ru.txt"
grep -q '^# language: ru (set by user)$' "$tmp/kk-as-ru.txt" || fail "--lang override"

# JSON parses and its offsets point at the sentence texts.
"$synoptic" segment "$seeds/003_292c7b092348037e.txt" --format json > "$tmp/out.json"
python3 - "$tmp/out.json" <<'PY' || fail "json"
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
text = a["text"].encode("utf-8")
assert a["language"] == "tr", a["language"]
assert a["meta"]["title"] == "Katar'dan ABD-İran Müzakerelerine Destek"
for s in a["sentences"]:
    assert text[s["begin"]:s["end"]].decode("utf-8") == s["text"], s
assert a["sentences"][0]["text"] == a["meta"]["title"]
PY

# Bad input: clear messages, exit 1, no crash.
: > "$tmp/empty.txt"
if "$synoptic" segment "$tmp/empty.txt" 2> "$tmp/err"; then fail "empty file accepted"; fi
grep -q "empty" "$tmp/err" || fail "empty: message"
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' > "$tmp/doc.txt"
if "$synoptic" segment "$tmp/doc.txt" 2> "$tmp/err"; then fail "PDF accepted"; fi
grep -q "looks like a binary file (PDF)" "$tmp/err" || fail "PDF: message"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/image.txt"
if "$synoptic" segment "$tmp/image.txt" 2> "$tmp/err"; then fail "PNG accepted"; fi
grep -q "looks like a binary file (PNG image)" "$tmp/err" || fail "PNG: message"
printf 'Bad \xff\xfe byte. Next\0 sentence.\n' > "$tmp/bad.txt"
"$synoptic" segment "$tmp/bad.txt" > "$tmp/out.txt" 2> "$tmp/err" || fail "invalid UTF-8 rejected"
grep -q "warning: replaced 2 invalid UTF-8 sequences" "$tmp/err" || fail "invalid UTF-8: warning"
grep -q "warning: removed 1 NUL byte" "$tmp/err" || fail "NUL: warning"
if "$synoptic" segment "$root/tests/data/ingest/all_scripts.html" 2> "$tmp/err"; then fail "script page accepted"; fi
grep -q "no article text found" "$tmp/err" || fail "script page: message"
echo "segment: ok"
