#!/usr/bin/env bash
# Generates the C sources of the Snowball stemmers the core uses, from the
# Debian source package (third_party/snowball), for the wasm build: the
# snowball compiler is built with the host's cc, then run on each algorithm.
# The native build links Debian's libstemmer instead, built from the same 2.2.0.
#   generate-snowball.sh SNOWBALL_SRC OUT_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
out=$2
algorithms=(arabic english russian turkish)
mkdir -p "$out/src_c" "$out/libstemmer" "$out/include" "$out/runtime" "$out/compiler-build"

[ -f "$out/.done" ] && exit 0
cc -O2 -o "$out/compiler-build/snowball" "$src"/compiler/*.c
for a in "${algorithms[@]}"; do
  "$out/compiler-build/snowball" "$src/algorithms/$a.sbl" -o "$out/src_c/stem_UTF_8_$a" \
     -eprefix "${a}_UTF_8_" -r ../runtime -u
done
grep -E "^($(IFS='|'; echo "${algorithms[*]}"))\b" "$src/libstemmer/modules.txt" > "$out/libstemmer/modules.txt"
(cd "$out" && perl "$src/libstemmer/mkmodules.pl" libstemmer/modules_utf8.h src_c \
     libstemmer/modules.txt libstemmer/mkinc_utf8.mak utf8)
sed 's/@MODULES_H@/modules_utf8.h/' "$src/libstemmer/libstemmer_c.in" > "$out/libstemmer/libstemmer_utf8.c"
cp "$src"/include/libstemmer.h "$out/include/"
cp "$src"/runtime/*.c "$src"/runtime/*.h "$out/runtime/"
touch "$out/.done"
