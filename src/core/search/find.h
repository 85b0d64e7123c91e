// Find across scripts: the page's Ctrl+F. A query finds its words in the
// compared articles whatever the script and spelling (Witkoff finds
// Уиткофф and ويتكوف; Aragchi finds Арагчи, Аракчи, Erakçı and عراقجي;
// Маскат finds Маскате, Muscat and مسقط) and its numbers in any writing
// (12 finds 12-дневного and the Turkish "on iki"). Matches are whole words
// or their beginnings, never the middle of a word, so short queries stay
// precise.
//
// The page keeps one FindIndex per compared article (find_index.h) and
// runs one FindQuery (find_query.h) over each on every keystroke;
// find_in_article below does both once, for a single search.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic {

// One match, in code points of article.sentence_text(sentence): the page
// highlights [start, end).
struct TextMatch {
    uint32_t sentence = 0;
    uint32_t start = 0, end = 0;
};

struct FindOptions {
    // Compare words by sound across scripts and spellings; false finds only
    // the letters typed (case and diacritics still folded).
    bool across_scripts = true;
    // The page shows counts beyond what it can highlight: stop after this
    // many matches in one article.
    size_t max_matches = std::numeric_limits<size_t>::max();
};

// The matched words as written in the sentence.
std::string_view match_text(const Article& article, const TextMatch& match);

// Matches in reading order (by sentence, then position); none for an empty query.
std::vector<TextMatch> find_in_article(const Article& article, std::string_view query,
                                       const FindOptions& options = {});

} // namespace synoptic
