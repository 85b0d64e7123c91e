// libFuzzer target: read_article with InputFormat::Markdown.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    synoptic::ReadOptions options;
    options.format = synoptic::InputFormat::Markdown;
    synoptic::fuzz::read_and_check(std::string_view(reinterpret_cast<const char*>(data), size), options);
    return 0;
}
