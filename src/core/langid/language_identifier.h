// Language identification for a whole article and for each paragraph.
// Small by design (it ships in the page): the writing system first, then
// letters only some languages use (Kazakh әғқңөұүһі, Ukrainian їєґ, Turkish
// ğış, Persian پچژگکی, ...) and each language's commonest words. No tables
// of n-grams, no model files.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace synoptic {

struct LanguageGuess {
    std::string language = "und"; // ISO 639-1 code, "und" when unsure
    float confidence = 0;          // 0..1
};

LanguageGuess identify_language(std::string_view utf8_text);

// The languages identify_language can answer (besides "und").
const std::vector<std::string>& identifiable_languages();

} // namespace synoptic
