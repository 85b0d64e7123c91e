// The distinct words of one article, each with its keys (word_keys) and what
// it says as a number (number_sense), computed once; and the lookups a
// keystroke needs, so a query is compared with the few words that can
// answer it, not the whole vocabulary: literal forms sorted (a typed prefix
// is a range), and sound shapes sorted by their consonants (every sound
// rule keeps the query's consonants, in order, at the start of the word's).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/search/find_query.h"
#include "core/search/number_sense.h"
#include "core/search/word_keys.h"
#include "core/search/word_match.h"

namespace synoptic {

class Vocabulary {
public:
    struct Word {
        WordKeys keys; // for digits: `fold` holds them as written
        NumberSense number;
    };

    // The id of a word of split_words in a sentence of `language`, the same
    // for the same word; `handle`: it follows an @.
    uint32_t add(std::string_view word, bool digits, bool handle, const std::string& language);
    // Sorts the lookups once every word is in; add may not be called after.
    void finish();

    size_t size() const { return words_.size(); }
    const Word& operator[](uint32_t id) const { return words_[id]; }

    // The words answering one term of a query (match_word, or equal digits), sorted.
    std::vector<uint32_t> answering(const QueryTerm& term, WordMatchRules rules) const;
    // The words that may stand in a number of this value (digits, "12";
    // an ordinal): the digits and ordinals equal to it and every cardinal and
    // scale word, which runs of number words are read from. Sorted.
    std::vector<uint32_t> numbers(const std::string& value) const;

private:
    std::vector<Word> words_;
    std::unordered_map<std::string, uint32_t> ids_; // language, '\x1f' or '@', word; freed by finish
    std::vector<uint32_t> by_fold_, by_bare_fold_, by_digits_, spelled_;
    std::vector<std::pair<std::string, uint32_t>> by_consonants_; // consonants of each shape, word
};

} // namespace synoptic
