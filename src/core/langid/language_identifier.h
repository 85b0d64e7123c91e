// Language identification for a whole article and for each paragraph.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

struct LanguageGuess {
    std::string language = "und"; // ISO 639-1 code, "und" when unsure
    float confidence = 0;          // 0..1
};

LanguageGuess identify_language(std::string_view utf8_text);

} // namespace synoptic
