#!/usr/bin/env bash
# Runs every libFuzzer target of the sanitized build for a set time each, from
# the seed corpus kept in the repository, and prints what each did: runs, CPU
# seconds, corpus growth, and whether it found anything. Fails on any finding.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS [TARGET...]]   (make fuzz FUZZ_SECONDS=60)
# New inputs the fuzzer keeps go to BUILD_DIR/fuzz/corpus/<target> (the
# repository's corpus is only read); a crashing input to BUILD_DIR/fuzz/findings.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
seconds=${2:-60}
shift $(( $# < 2 ? $# : 2 ))
work=$build/fuzz
mkdir -p "$work/findings"

# The repository's seed inputs of each target (the list of tests/fuzz/CMakeLists.txt).
edge=$root/tests/fuzz/corpus/edge
markdown=$root/tests/fuzz/corpus/markdown
declare -A seeds=(
  [read_text]="$root/assets/demo $root/tests/data/segment $edge"
  [read_html]="$root/tests/data/ingest $edge"
  [read_markdown]="$markdown $edge"
  [read_auto]="$root/assets/demo $root/tests/data/ingest $markdown $edge"
  [segment]="$root/tests/data/segment $edge"
  [presegmented]="$root/tests/data/gold/kazinform-kk-ru $root/tests/data/segment $edge"
  [beads]="$root/tests/data/gold/kazinform-kk-ru $root/tests/data/align/comparable"
  [compare]="$work/compare-pairs"
  [session]="$work/sessions"
)
# Inputs may grow to this many bytes; a session holds whole articles.
declare -A max_len=([session]=131072)
targets=(read_text read_html read_markdown read_auto segment presegmented beads compare session)

# fuzz_compare reads articles cut at form feeds: its seeds are pairs of the
# demo articles (the first 3 KB of each), made here from the repository's files.
mkdir -p "$work/compare-pairs"
demo=("$root"/assets/demo/*.txt)
for ((i = 0; i + 1 < ${#demo[@]}; i++)); do
  { head -c 3000 "${demo[i]}"; printf '\f'; head -c 3000 "${demo[i+1]}"; } > "$work/compare-pairs/pair-$i"
done

# fuzz_session reads session files: its seeds are sessions the build's own
# command-line tool writes of the demo articles (a translated pair, and three
# independent reports), so they follow the format as it is now.
mkdir -p "$work/sessions"
"$build/synoptic" session "${demo[0]}" "${demo[1]}" > "$work/sessions/kk-ru.synoptic.json" 2>/dev/null &&
  "$build/synoptic" session "${demo[1]}" "${demo[2]}" "${demo[3]}" --mode comparable \
    > "$work/sessions/ru-ru-tr.synoptic.json" 2>/dev/null ||
  { echo "fuzz: $build/synoptic could not write the session seeds"; exit 1; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
printf '%-22s %8s %10s %9s %9s  %s\n' target seconds runs cpu_s corpus found
[ $# -gt 0 ] && targets=("$@")
for name in "${targets[@]}"; do
  bin=$build/tests/fuzz/fuzz_$name
  [ -x "$bin" ] || { echo "fuzz: $bin is not built (make fuzz builds it)"; status=1; continue; }
  mkdir -p "$work/corpus/$name"
  log=$work/$name.log
  TIMEFORMAT='%U %S'
  cpu=$( { time "$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len="${max_len[$name]:-16384}" \
            -print_final_stats=1 -artifact_prefix="$work/findings/$name-" \
            "$work/corpus/$name" ${seeds[$name]} > "$log" 2>&1; echo "exit $?" >> "$log"; } 2>&1 )
  cpu_s=$(awk '{ printf "%.1f", $1 + $2 }' <<< "$cpu")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  corpus=$(ls "$work/corpus/$name" | wc -l)
  if grep -q '^exit 0$' "$log"; then found=nothing; else
    found="FOUND: $(grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|deadly signal' "$log") (log $log)"
    status=1
  fi
  printf '%-22s %8s %10s %9s %9s  %s\n' "fuzz_$name" "$seconds" "${runs:-?}" "$cpu_s" "$corpus" "$found"
done
exit $status
