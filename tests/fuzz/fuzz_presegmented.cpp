// libFuzzer target: text already cut one sentence a line (`synoptic align
// --presegmented`, aligner corpora): any bytes give either an error with a
// message or sentences that lie inside the text, in order, on UTF-8
// boundaries, in valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/align/presegmented_article.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    synoptic::Result<synoptic::Article> a = synoptic::read_presegmented_article(bytes, "fuzz.txt");
    if (!a) {
        if (a.error().message.empty()) std::abort();
        return 0;
    }
    synoptic::fuzz::check_article(*a);
    return 0;
}
