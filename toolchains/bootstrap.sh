#!/usr/bin/env bash
# Installs everything the build and the tests need, from Debian's packages and
# the npm registry, and fetches the sources of the third-party libraries that
# are compiled to WebAssembly. Idempotent: a second run does nothing.
#
#   toolchains/bootstrap.sh            everything (native + web + browser tests)
#   toolchains/bootstrap.sh native     only what the native build and unit tests need
#   toolchains/bootstrap.sh sanitize   native + clang for the sanitized build and the fuzzers
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
what=${1:-all}

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

native_packages=(cmake ninja-build g++ pkg-config libicu-dev icu-devtools catch2
                 libgumbo-dev libstemmer-dev nlohmann-json3-dev)
# make test-sanitize and make fuzz: clang 14 with its sanitizer and libFuzzer runtimes.
sanitize_packages=(clang-14 libclang-rt-14-dev)
# The browser tests run in three engines: Chromium headless; Firefox ESR and
# WebKitGTK (Safari's engine, with its WebDriver) on a virtual display.
web_packages=(emscripten fonts-noto-core python3-fonttools dpkg-dev chromium
              firefox-esr webkit2gtk-driver xvfb xauth)
# Benchmarks only: msgunfmt reads the message catalogs used as parallel text,
# CLD2 is the language identifier bench_langid_cld2 compares against.
bench_packages=(gettext libcld2-dev)

missing=()
want=("${native_packages[@]}")
case "$what" in
  native) ;;
  sanitize) want+=("${sanitize_packages[@]}") ;;
  *) want+=("${sanitize_packages[@]}" "${web_packages[@]}" "${bench_packages[@]}") ;;
esac
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

src_list=/etc/apt/sources.list.d/debian-src.sources
need_update=0
if [ "$what" = all ] && [ ! -f "$src_list" ]; then
  # Source packages are how third-party C/C++ reaches the wasm build.
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
    | sudo_if_needed tee "$src_list" >/dev/null
  need_update=1
fi
if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  sudo_if_needed apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "$what" = all ] || exit 0

"$here/fetch-sources.sh"

# playwright-core drives Debian's Chromium, puppeteer-core its Firefox ESR and
# selenium-webdriver its WebKitGTK in the browser tests (never a browser of their own).
if [ ! -d "$root/tests/browser/node_modules/selenium-webdriver" ]; then
  (cd "$root/tests/browser" && npm ci --no-audit --no-fund --silent)
fi
echo "bootstrap: ready"
