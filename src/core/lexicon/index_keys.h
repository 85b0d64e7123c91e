// The keys under which the lexicon files a form of its tables: the word
// forms a sentence's tokens get (features/word_form.h), joined by spaces.
// The build-time generator files every form under these keys, so the page
// stems nothing when it loads the tables; lookups build the same keys from
// the text's tokens.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace synoptic::lexicon {

// A root (a glossary verb root written with a trailing '-', or a Turkish or
// Kazakh glossary word, which begins its inflected forms) is filed under its
// unstemmed text and this mark: "атап өт-".
constexpr char kRootMark = '-';

struct IndexKey {
    std::string key;          // "атап өт-", "оман", "сыртқы іс министр"
    uint8_t words = 1;        // words in the phrase
    bool capitalized = false; // the form's first word is capitalized (Орал, Astana)
    bool root = false;        // the last word only begins a text's word
};

// Every key of one form (kind as in generated_tables.h); none for a form
// with no word or more words than a phrase may have.
std::vector<IndexKey> index_keys(std::string_view language, char kind, std::string_view form);

} // namespace synoptic::lexicon
