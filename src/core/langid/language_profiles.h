// The compiled-in evidence per language: its script, letters that single it
// out, and its commonest words (function words, which every text has and
// which names and numbers do not disturb).
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/text/script.h"

namespace synoptic {

struct LanguageProfile {
    std::string language;              // ISO 639-1
    Script script;
    bool script_default;               // the answer for its script when nothing else is known
    std::u32string distinctive_letters; // lower case; used by no other profile of the script
    double distinctive_letter_weight;
    std::u32string shared_letters;      // lower case; shared with one or two others of the script
    std::u32string foreign_letters;     // lower case; letters this language does not write
    double foreign_letter_weight;
    std::unordered_set<std::string> common_words;
    std::vector<std::string> word_endings;   // suffixes typical of the language (words of 4+ letters)
    std::vector<std::string> letter_groups;  // letter sequences typical of it ("sch", "qu", "ال")

    bool is_common_word(const std::string& lowercase_word) const {
        return common_words.count(lowercase_word) != 0;
    }
};

const std::vector<LanguageProfile>& language_profiles();

} // namespace synoptic
