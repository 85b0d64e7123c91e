#!/usr/bin/env bash
# Fetches the third-party sources the wasm build compiles, checks each archive
# against toolchains/sources.lock (sha256) and unpacks it under third_party/
# (ignored by git). Debian source packages come through `apt-get source`;
# Gumbo's Debian source is not served by the mirror, so its identical 0.10.1
# C sources come from the npm package that bundles them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
dest="$root/third_party"
mkdir -p "$dest/downloads"

while read -r kind name version archive sha strip; do
  case "$kind" in ''|'#'*) continue ;; esac
  unpacked="$dest/$name"
  [ -f "$unpacked/.synoptic-ok" ] && continue
  if [ ! -f "$dest/downloads/$archive" ]; then
    case "$kind" in
      debian) (cd "$dest/downloads" && apt-get source --download-only -qq "$name=$version") ;;
      npm)    (cd "$dest/downloads" && npm pack --silent "$name@$version" >/dev/null) ;;
      *) echo "fetch-sources: unknown kind $kind" >&2; exit 1 ;;
    esac
  fi
  echo "$sha  $dest/downloads/$archive" | sha256sum -c --quiet -
  rm -rf "$unpacked" && mkdir -p "$unpacked"
  tar -xf "$dest/downloads/$archive" -C "$unpacked" --strip-components="$strip"
  touch "$unpacked/.synoptic-ok"
  echo "fetch-sources: $name $version unpacked into third_party/$name"
done < "$here/sources.lock"
