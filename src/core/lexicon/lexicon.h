// Run-time lookup in the generated word tables: number words, calendar
// words and concepts, keyed by the same word forms the sentence tokens get
// (features/word_form.h), so inflected mentions (Омандағы, Umman'da, в Омане,
// وعمان) find their entry. The index is built on first use from the
// compiled-in text tables, one language at a time (not from several threads at once).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace synoptic::lexicon {

enum class EntryKind : char {
    Number = 'N', Ordinal = 'O', Scale = 'S', Month = 'M', Weekday = 'W',
    RelativeDay = 'R', Concept = 'C', Acronym = 'A',
    Gloss = 'G' // an ordinary news word (talks, visit, say): value is the meaning's id
};

struct Entry {
    EntryKind kind;
    std::string value;   // "5", "1000000", "2" (February), "country:OM"
    uint8_t tokens = 1;  // words in the phrase
    bool capitalized = false; // CLDR writes it with a capital (Орал, Astana): a lower-case
                              // word of a cased script is then another word (оралады, астанасы)
    bool root = false;        // a verb root (айт-, söyle-): the phrase's last word only begins with it
};

// Longest phrase the index knows, in words.
constexpr size_t kMaxPhraseTokens = 5;

// Entries whose phrase, in `language`, has exactly these word forms
// (joined by single spaces). Empty when none.
const std::vector<Entry>& lookup(std::string_view language, std::string_view joined_forms);

// Entries whose phrase ends in a root that begins `last_norm` (the last
// word's normalized text, unstemmed: Turkish and Kazakh verbs keep their
// endings), the words before matching `joined_forms_before` ("" for a
// one-word phrase). The longest root wins; empty when none.
const std::vector<Entry>& lookup_root(std::string_view language, std::string_view joined_forms_before,
                                      std::string_view last_norm);

struct TableSize {
    std::string name;
    size_t bytes;
    size_t entries;
};
std::vector<TableSize> table_sizes();

} // namespace synoptic::lexicon
