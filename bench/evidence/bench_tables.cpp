// Size of each generated data table compiled into the core (and so into the
// page), the time to build the run-time index on first use, and the index's
// entry count. Run: bench_tables
#include <chrono>
#include <cstdio>

#include "core/lexicon/lexicon.h"

using namespace synoptic;

int main() {
    size_t total_bytes = 0, total_entries = 0;
    std::printf("generated table      bytes  entries\n");
    for (const lexicon::TableSize& t : lexicon::table_sizes()) {
        std::printf("  %-14s %8zu  %7zu\n", t.name.c_str(), t.bytes, t.entries);
        total_bytes += t.bytes;
        total_entries += t.entries;
    }
    std::printf("  %-14s %8zu  %7zu\n", "total", total_bytes, total_entries);
    // The run-time index is built per language on its first lookup.
    double all_ms = 0;
    for (const char* language : {"kk", "ru", "tr", "ar", "en"}) {
        auto start = std::chrono::steady_clock::now();
        lexicon::lookup(language, "x");
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("run-time index of %s built on first lookup in %.1f ms\n", language, ms);
        all_ms += ms;
    }
    std::printf("run-time index, all languages: %.1f ms\n", all_ms);
    return 0;
}
