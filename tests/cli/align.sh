#!/usr/bin/env bash
# synoptic align end to end on the Kazinform kk-ru gold: the bead format
# covers every line of both files exactly once, the automatic mode picks
# "parallel" for this translation, strict F1 against the hand alignment is
# reported and must be high; the other formats are well-formed.
set -euo pipefail
synoptic=$1
root=$2
gold=$root/tests/data/gold/kazinform-kk-ru
seeds=$root/assets/demo
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$synoptic" align "$gold/kk.txt" "$gold/ru.txt" --presegmented --gold "$gold/gold.txt" \
  > "$out/beads" 2> "$out/err"
grep -q '^parallel' <(grep 'synoptic align: ' "$out/err" | sed 's/^synoptic align: //') \
  || { echo "auto mode did not pick parallel:"; cat "$out/err"; exit 1; }

# Every sentence index appears exactly once on its side, in order.
python3 - "$out/beads" 25 18 <<'PY'
import ast, sys
beads = [l.strip() for l in open(sys.argv[1]) if l.strip()]
a, b = [], []
for line in beads:
    left, right = line.split(':')
    a += ast.literal_eval(left)
    b += ast.literal_eval(right)
assert a == list(range(int(sys.argv[2]))), a
assert b == list(range(int(sys.argv[3]))), b
PY

f1=$(sed -n 's/^strict P .* F1 \([0-9.]*\)$/\1/p' "$out/err")
echo "strict F1 on the Kazinform gold: $f1"
awk -v f="$f1" 'BEGIN { exit !(f >= 0.9) }' || { echo "strict F1 $f1 below 0.9"; cat "$out/err"; exit 1; }

# links: i<TAB>j<TAB>score
"$synoptic" align "$gold/kk.txt" "$gold/ru.txt" --presegmented --format links 2>/dev/null \
  | awk -F'\t' 'NF != 3 || $1 !~ /^[0-9]+$/ || $2 !~ /^[0-9]+$/ { bad = 1 } END { exit bad }'
# tsv has two columns, one line per bead
"$synoptic" align "$gold/kk.txt" "$gold/ru.txt" --presegmented --format tsv 2>/dev/null \
  | awk -F'\t' 'NF != 2 { bad = 1 } END { exit bad }'
# json and tmx parse
"$synoptic" align "$gold/kk.txt" "$gold/ru.txt" --presegmented --format json 2>/dev/null \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["mode"]=="parallel"; assert len(d["a"]["sentences"])==25'
"$synoptic" align "$gold/kk.txt" "$gold/ru.txt" --presegmented --format tmx 2>/dev/null \
  | python3 -c 'import sys, xml.etree.ElementTree as E; r=E.parse(sys.stdin).getroot(); assert r.tag=="tmx" and r.get("version")=="1.4"; assert len(r.findall("body/tu"))>=10'

# Two independent Russian reports: comparable, links may cross.
"$synoptic" align "$seeds"/001_*.txt "$seeds"/002_*.txt --format links > "$out/links" 2> "$out/err2"
grep -q 'synoptic align: comparable' "$out/err2" || { echo "independent reports not judged comparable:"; cat "$out/err2"; exit 1; }

# Bad arguments are refused.
if "$synoptic" align "$gold/kk.txt" 2>/dev/null; then echo "one file accepted"; exit 1; fi
if "$synoptic" align "$gold/kk.txt" "$gold/ru.txt" --format xml 2>/dev/null; then echo "bad format accepted"; exit 1; fi
echo ok
