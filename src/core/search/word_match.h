// Whether a word of the text answers a word of the query, literally (the
// same letters, folded) or by sound (across scripts and spellings).
#pragma once
#include "core/search/word_keys.h"

namespace synoptic {

enum class WordMatch : unsigned char { None, Literal, Sound };

struct WordMatchRules {
    bool prefix = true;         // the query word may begin the text word (the word being typed)
    bool across_scripts = true; // compare by sound too
};

WordMatch match_word(const WordKeys& query, const WordKeys& word, WordMatchRules rules);

} // namespace synoptic
