// libFuzzer target: the sentence splitter on one paragraph of arbitrary
// (repaired) text, in a language chosen by the first byte.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/segment/sentence_splitter.h"
#include "core/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    static const char* kLanguages[] = {"kk", "ru", "tr", "ar", "en", "de", "fr", "uk", "fa", "und"};
    const char* language = kLanguages[data[0] % 10];
    const std::string text = synoptic::repair_utf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1)).text;
    const synoptic::ByteSpan paragraph{0, static_cast<uint32_t>(text.size())};
    uint32_t previous_end = 0;
    for (const synoptic::ByteSpan& s : synoptic::split_sentences(text, paragraph, language)) {
        if (s.begin >= s.end || s.end > text.size() || s.begin < previous_end) std::abort();
        previous_end = s.end;
    }
    return 0;
}
