#!/usr/bin/env bash
# `synoptic demo` (what `make run` prints): the Kazinform kk/ru demo pair,
# aligned as translations, titles side by side on the first row.
set -euo pipefail
synoptic=$1 root=$2
out=$(COLUMNS=160 "$synoptic" demo "$root/assets/demo/000_84709defd8457a92.txt" "$root/assets/demo/001_e7239c642e9fa5fc.txt")
fail() { echo "FAIL: $1"; echo "$out" | head -20; exit 1; }
grep -q "^aligned as translations" <<<"$out" || fail "the kk/ru pair is not aligned as translations"
first_row=$(grep -m1 '^= ' <<<"$out")
grep -q "Иран мен АҚШ Омандағы келіссөзін аяқтады" <<<"$first_row" || fail "Kazakh title not on the first row"
grep -q "Иран и США завершили очередной раунд переговоров в Омане" <<<"$first_row" || fail "Russian title not on the first row"
# The English tweet embedded in the Kazakh page has no Russian counterpart.
tweet_row=$(grep -m1 'Muscat talks were' <<<"$out")
[[ "$tweet_row" == "  "* ]] || fail "the embedded tweet is marked as shared: $tweet_row"
both=$(grep -c '^= ' <<<"$out")
(( both >= 12 )) || fail "only $both rows in both articles"
"$synoptic" demo /nonexistent/a.txt "$root/assets/demo/001_e7239c642e9fa5fc.txt" 2>/dev/null && fail "a missing file is not an error"
echo "demo: ok ($both shared rows)"
