// Linked into every benchmark built for wasm (node): registers the page's
// ICU data before main, as the page does, and prints the heap the program
// reached, which is its peak (a wasm heap only grows).
#include <emscripten/heap.h>

#include <cstdio>
#include <cstdlib>

#include "web/icu_data.h"

namespace {

struct WasmBenchmarkRuntime {
    WasmBenchmarkRuntime() {
        if (auto registered = synoptic::web::register_icu_data(); !registered) {
            std::fprintf(stderr, "%s\n", registered.error().message.c_str());
            std::exit(1);
        }
        std::atexit([] {
            std::printf("wasm heap at exit (peak): %.1f MB\n", double(emscripten_get_heap_size()) / 1048576.0);
        });
    }
} runtime;

} // namespace
