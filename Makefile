# Synoptic's stable entry points (benchmarks and CI call these by name):
#   make run     build what is missing, open dist/synoptic.html, show the demo on the terminal
#   make test    every test: native unit and CLI tests, then the browser test
#   make native  build/native/synoptic and the test binaries
#   make web     dist/synoptic.html
#   make bench   the benchmarks (print figures)
#   make test-native / test-browser   the two halves of make test
#   make test-sanitize   the native tests again under ASan + UBSan (build/sanitize)
#   make fuzz    every libFuzzer target FUZZ_SECONDS each (default 60) from the repository's corpus
SHELL := /bin/bash
# Emscripten's JS optimizer needs Debian's node modules (acorn); the machine's node does not search there.
export NODE_PATH := /usr/share/nodejs
DEMO_A := assets/demo/000_84709defd8457a92.txt
DEMO_B := assets/demo/001_e7239c642e9fa5fc.txt

FUZZ_SECONDS ?= 60

.PHONY: all bootstrap native web run test test-native test-browser test-sanitize sanitize fuzz bench clean

all: web

bootstrap:
	toolchains/bootstrap.sh

native:
	toolchains/bootstrap.sh native
	cmake --preset native >/dev/null
	cmake --build --preset native

web: bootstrap native
	cmake --preset web >/dev/null
	cmake --build --preset web

run: web
	@toolchains/open-page.sh dist/synoptic.html
	build/native/synoptic demo $(DEMO_A) $(DEMO_B)

test: web
	ctest --test-dir build/native --output-on-failure

test-native: native
	ctest --test-dir build/native --output-on-failure -E '^browser: '

test-browser: web
	ctest --test-dir build/native --output-on-failure -R '^browser: '

# One clang tree for both: the sanitizers and the libFuzzer targets.
sanitize:
	toolchains/bootstrap.sh sanitize
	cmake --preset sanitize >/dev/null
	cmake --build --preset sanitize

# The browser tests read dist/synoptic.html, which this tree does not build.
test-sanitize: sanitize
	ctest --test-dir build/sanitize --output-on-failure -E '^browser: '

fuzz: sanitize
	tests/fuzz/run.sh build/sanitize $(FUZZ_SECONDS)

# Benchmarks with a wasm twin are also built for node by the web preset.
WASM_BENCHMARKS := bench_segment bench_align
bench: web
	cmake --build --preset web --target $(WASM_BENCHMARKS)
	bench/run.sh

clean:
	rm -rf build dist
