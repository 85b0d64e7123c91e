#!/usr/bin/env bash
# synoptic compare on three seeds: rows name every article, facts are listed
# as a matrix, JSON is valid and every sentence is in exactly one row.
set -euo pipefail
synoptic=$1
root=$2
seeds=$root/assets/demo
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$synoptic" compare "$seeds"/000_*.txt "$seeds"/001_*.txt "$seeds"/003_*.txt > "$out/text"
grep -q '^rows' "$out/text"
grep -q '^facts' "$out/text"
grep -q '^  A-B: parallel' "$out/text" || { echo "kk-ru translation not judged parallel"; grep -A3 '^pairs' "$out/text"; exit 1; }
"$synoptic" compare "$seeds"/000_*.txt "$seeds"/001_*.txt "$seeds"/003_*.txt --format json > "$out/json"
python3 - "$out/json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["articles"]) == 3 and len(d["pairs"]) == 3
for k, art in enumerate(d["articles"]):
    seen = sorted(s for row in d["rows"] for s in row["sentences"][k])
    assert seen == list(range(len(art["sentences"]))), (k, seen)
assert any(f["kind"] == "number" and f["key"] == "12" and f["sentences"][0] and f["sentences"][1] for f in d["facts"]), "12-day fact not shared"
PY
if "$synoptic" compare "$seeds"/000_*.txt 2>/dev/null; then echo "one article accepted"; exit 1; fi
echo ok
