#!/usr/bin/env bash
# synoptic find QUERY FILE...: the issue's examples on the seeds, one line a
# match (file, sentence, start, end in code points, text) whose offsets point
# at the text in the sentences `segment --format json` lists; --count,
# --literal, standard input and bad arguments.
set -euo pipefail
synoptic=$1
root=$2
seeds=("$root"/assets/demo/*.txt)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Witkoff: Уиткофф in the Kazakh and first Russian seed, Witkoff in the Turkish one.
"$synoptic" find Witkoff "${seeds[@]}" > "$tmp/witkoff"
[ "$(wc -l < "$tmp/witkoff")" = 3 ] || fail "Witkoff: $(cat "$tmp/witkoff")"
[ "$(cut -f5 "$tmp/witkoff" | sort | tr '\n' ' ')" = "Witkoff Уиткофф Уиткофф " ] || fail "Witkoff: matched texts"

# Every line's offsets cut its text out of the sentence (Python slices code points).
"$synoptic" find Aragchi "${seeds[@]}" > "$tmp/aragchi"
[ "$(wc -l < "$tmp/aragchi")" = 10 ] || fail "Aragchi: $(cat "$tmp/aragchi")"
"$synoptic" find Маскат "${seeds[@]}" > "$tmp/maskat"
cut -f5 "$tmp/maskat" | grep -qx 'مسقط' || fail "Маскат does not find مسقط"
cut -f5 "$tmp/maskat" | grep -qx 'Muscat' || fail "Маскат does not find Muscat"
for seed in "${seeds[@]}"; do "$synoptic" segment "$seed" --format json > "$tmp/$(basename "$seed").json"; done
python3 - "$tmp" "$tmp/aragchi" "$tmp/maskat" <<'PY' || fail "offsets"
import json, os, sys
tmp = sys.argv[1]
for listing in sys.argv[2:]:
    for line in open(listing, encoding="utf-8"):
        path, sentence, start, end, text = line.rstrip("\n").split("\t")
        article = json.load(open(os.path.join(tmp, os.path.basename(path) + ".json"), encoding="utf-8"))
        cut = article["sentences"][int(sentence)]["text"][int(start):int(end)]
        assert cut == text, (line, cut)
PY

# Numbers in any writing: 12 in digits, in Turkish words, in Arabic-Indic digits.
"$synoptic" find 12 "${seeds[@]}" > "$tmp/12"
"$synoptic" find "on iki" "${seeds[@]}" > "$tmp/on-iki"
"$synoptic" find ١٢ "${seeds[@]}" > "$tmp/arabic-12"
[ "$(wc -l < "$tmp/12")" = 2 ] || fail "12: $(cat "$tmp/12")"
cmp -s "$tmp/12" "$tmp/on-iki" || fail "'on iki' finds other matches than 12"
cmp -s "$tmp/12" "$tmp/arabic-12" || fail "١٢ finds other matches than 12"

# --count: one line a file; --literal: only the letters typed.
"$synoptic" find Witkoff "${seeds[@]}" --count > "$tmp/count"
[ "$(cut -f2 "$tmp/count" | tr '\n' ' ')" = "1 1 0 1 0 " ] || fail "--count: $(cat "$tmp/count")"
"$synoptic" find Witkoff "${seeds[@]}" --literal > "$tmp/literal"
[ "$(cut -f5 "$tmp/literal")" = "Witkoff" ] || fail "--literal: $(cat "$tmp/literal")"

# Standard input reads as the file; bad arguments and files are refused.
"$synoptic" find Witkoff - < "${seeds[3]}" | cut -f2- > "$tmp/stdin"
grep "${seeds[3]}" "$tmp/witkoff" | cut -f2- | cmp -s - "$tmp/stdin" || fail "find - reads differently from the file"
status=0; "$synoptic" find Witkoff > /dev/null 2> "$tmp/err" || status=$?
(( status == 2 )) || fail "no file: exit $status"
status=0; "$synoptic" find Witkoff "${seeds[0]}" --bogus > /dev/null 2> "$tmp/err" || status=$?
(( status == 2 )) || fail "unknown option: exit $status"
: > "$tmp/empty.txt"
status=0; "$synoptic" find Witkoff "$tmp/empty.txt" > /dev/null 2> "$tmp/err" || status=$?
(( status == 1 )) || fail "empty file: exit $status"
grep -q "empty" "$tmp/err" || fail "empty file: no message"
echo "find: ok"
