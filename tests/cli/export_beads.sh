#!/usr/bin/env bash
# `synoptic export --format beads|links` reads a session's rows as
# `synoptic align` writes beads and links: the beads cover every sentence of
# both articles exactly once (as `segment` cuts them), a user's edit shows in
# them, `--pair I,J` picks two of three compared articles, and a bad --pair
# is refused with a message and status 2. For translations, `align` prints
# the very beads and links the session's rows give.
source "$(dirname "$0")/support/setup.sh" "$@"

sentences() { "$synoptic" segment "$1" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sentences"]))'; }
covers() { # BEADS COUNT-A COUNT-B: every sentence of both sides exactly once, in the line format
  python3 - "$@" <<'PY'
import re, sys
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
a, b = [], []
for line in lines:
    m = re.fullmatch(r"\[([0-9, ]*)\]:\[([0-9, ]*)\]", line)
    assert m, "not a bead: %r" % line
    left, right = ([int(x) for x in side.split(", ")] if side else [] for side in m.groups())
    assert left or right, "an empty bead: %r" % line
    a += left
    b += right
assert sorted(a) == list(range(int(sys.argv[2]))), ("left side", sorted(a))
assert sorted(b) == list(range(int(sys.argv[3]))), ("right side", sorted(b))
PY
}
n_kk=$(sentences "$kk") n_ru=$(sentences "$ru") n_tr=$(sentences "$tr")

"$synoptic" session "$kk" "$ru" > "$out/story.synoptic.json" 2> "$out/err" || fail "session failed"
"$synoptic" export "$out/story.synoptic.json" --format beads > "$out/story.beads" 2> "$out/err" || fail "export beads failed"
covers "$out/story.beads" "$n_kk" "$n_ru" || fail "the beads do not cover every sentence of both articles once"
rows=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["rows"]))' "$out/story.synoptic.json")
(( $(wc -l < "$out/story.beads") == rows )) || fail "not one bead per row"
"$synoptic" export "$out/story.synoptic.json" --format links > "$out/story.links" 2> "$out/err" || fail "export links failed"
awk -F'\t' 'NF != 3 || $1 !~ /^[0-9]+$/ || $2 !~ /^[0-9]+$/ || $3 !~ /^[01]\.[0-9][0-9][0-9][0-9]$/ { bad = 1 } END { exit bad || NR == 0 }' \
    "$out/story.links" || fail "links are not i<TAB>j<TAB>score"

# Translations: align prints what the session's rows give, byte for byte.
for format in beads links; do
  "$synoptic" align "$kk" "$ru" --mode parallel --format "$format" > "$out/align.$format" 2> "$out/err" || fail "align failed"
  "$synoptic" session "$kk" "$ru" --mode parallel 2> "$out/err" | "$synoptic" export - --format "$format" > "$out/export.$format" \
    || fail "session | export $format failed"
  cmp -s "$out/align.$format" "$out/export.$format" || fail "align and export write other $format for the same translation"
done

# The user unlinked the first Kazakh sentence (as the page saves it): it stands alone in the beads.
python3 - "$out/story.synoptic.json" "$out/edited.synoptic.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
r = next(k for k, row in enumerate(s["rows"]) if 0 in row["sentences"][0])
assert s["rows"][r]["sentences"][1], "the titles should be aligned"
s["rows"][r]["sentences"][0].remove(0)
s["rows"].insert(r + 1, {"sentences": [[0], []], "score": 0, "edited": True})
if not any(s["rows"][r]["sentences"]): del s["rows"][r]
json.dump(s, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$synoptic" export "$out/edited.synoptic.json" --format beads > "$out/edited.beads" 2> "$out/err" || fail "export of an edited session failed"
grep -qx '\[0\]:\[\]' "$out/edited.beads" || fail "the unlinked sentence does not stand alone in the beads"
covers "$out/edited.beads" "$n_kk" "$n_ru" || fail "the edited beads do not cover every sentence once"

# Three articles: --pair picks the columns, the first on the left.
"$synoptic" session "$kk" "$ru" "$tr" > "$out/three.synoptic.json" 2> "$out/err" || fail "session of three failed"
"$synoptic" export "$out/three.synoptic.json" --format beads --pair 3,1 > "$out/tr-kk.beads" 2> "$out/err" || fail "--pair 3,1 failed"
covers "$out/tr-kk.beads" "$n_tr" "$n_kk" || fail "--pair 3,1 does not cover the Turkish and the Kazakh article"
"$synoptic" export "$out/three.synoptic.json" --format beads > "$out/kk-ru.beads" || fail "beads of three failed"
covers "$out/kk-ru.beads" "$n_kk" "$n_ru" || fail "the default pair is not columns 1 and 2"

# A bad --pair: a message, the usage, status 2.
refused() { # EXPECTED-MESSAGE-PART SESSION ARGS...
  local expected=$1 session=$2 status=0
  shift 2
  "$synoptic" export "$session" "$@" > /dev/null 2> "$out/err" || status=$?
  (( status == 2 )) || fail "export $* exits with $status, not 2"
  grep '^synoptic export: ' "$out/err" | grep -qF -- "$expected" || fail "export $* does not say '$expected'"
  grep -q '^usage: synoptic export' "$out/err" || fail "export $* does not print the usage"
}
refused "--pair takes two column numbers from 1, as in --pair 1,2 (not '0,2')" "$out/story.synoptic.json" --format beads --pair 0,2
refused "(not 'x')" "$out/story.synoptic.json" --format links --pair x
refused "(not '1')" "$out/story.synoptic.json" --format beads --pair 1
refused "--pair 1,1: columns 1 and 1 are the same" "$out/story.synoptic.json" --format beads --pair 1,1
refused "--pair 1,3: there is no column 3: the session compares 2 articles" "$out/story.synoptic.json" --format beads --pair 1,3
refused "--pair is for --format beads or links" "$out/story.synoptic.json" --format tsv --pair 1,2
echo "export_beads: ok ($rows rows, $n_kk + $n_ru sentences)"
