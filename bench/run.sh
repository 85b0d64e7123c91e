#!/usr/bin/env bash
# Runs every benchmark and prints its figures. Native benchmarks are built by
# `make native` (targets under build/native/bench); the page benchmark needs
# dist/synoptic.html (`make web`).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for b in build/native/bench/*/bench_*; do
  [ -x "$b" ] || continue
  echo "== $b"
  "$b" "$root"
done
if [ -f dist/synoptic.html ]; then
  echo "== page"
  cat build/web/page-size.txt 2>/dev/null
  node bench/page/first_frame.mjs 7
fi
