// What a word says as a number, so the find box matches numbers in any
// writing: digits of any script (١٢ is 12), and the lexicon's number,
// scale and ordinal words (iki, двенадцать, الرابعة), read by the same
// tables and rules as the sentence anchors (features/number_words.h). A
// lone "one" and "first" are left out: mostly an article and an adjective.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon/lexicon.h"

namespace synoptic {

struct NumberSense {
    enum class Kind : unsigned char { None, Digits, Cardinal, Scale, Ordinal };
    Kind kind = Kind::None;
    std::string value; // digits in ASCII ("12", "07"); a word's lexicon value ("1000")
};

// `word` is one word of split_words (`digits` as it says), `language` its sentence's.
NumberSense number_sense(std::string_view word, bool digits, std::string_view language);

// The value of a run of spelled-out words (their senses, in order):
// number_value_key of number_words_value; nothing for a lone "one" or a
// run holding digits or ordinals.
std::optional<std::string> spelled_value(const std::vector<const NumberSense*>& run);

// The number a whole query says, if it says one: one run of digits
// ("12" → "12"), an ordinal word, or words that are all number words of one
// language (on iki → "12", он екі → "12", two thousand → "2000").
std::optional<std::string> query_number(const std::vector<std::string_view>& words,
                                        const std::vector<bool>& digits);

} // namespace synoptic
