#!/usr/bin/env bash
# synoptic compare takes 2 to 8 articles, the limit the page has too, and
# says so when given one or nine instead of only printing its usage.
set -euo pipefail
synoptic=$1 root=$2
demo=("$root"/assets/demo/*.txt)
err=$(mktemp)
trap 'rm -f "$err"' EXIT
fail() { echo "FAIL: $1"; head -5 "$err"; exit 1; }
refused() { # the exit status and message of compare on the given files
  local status=0
  "$synoptic" compare "$@" > /dev/null 2> "$err" || status=$?
  (( status == 2 )) || fail "compare of $# articles exits with $status, not 2"
  grep -q "^synoptic compare: compare 2 to 8 articles, not $#\$" "$err" || fail "compare of $# articles does not say the limit"
}
refused "${demo[0]}"
refused "${demo[@]}" "${demo[@]:0:4}"
"$synoptic" compare "${demo[@]}" "${demo[@]:0:3}" > /dev/null 2> "$err" || fail "eight articles are refused"
echo "compare_count: ok"
