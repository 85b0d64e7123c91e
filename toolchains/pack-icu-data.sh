#!/usr/bin/env bash
# Packs the ICU data items named in LIST out of FULL.dat into OUT.dat.
#   pack-icu-data.sh FULL.dat LIST WORKDIR OUT.dat
set -euo pipefail
full=$1 list=$2 work=$3 out=$4
rm -rf "$work/items" "$out"
mkdir -p "$work/items"
grep -v -e '^#' -e '^[[:space:]]*$' "$list" > "$work/items.txt"
icupkg -x "$work/items.txt" -d "$work/items" "$full"
icupkg -tl --ignore-deps -s "$work/items" -a "$work/items.txt" new "$out"
