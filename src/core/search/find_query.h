// A query prepared once and run over many articles: its words' keys, read
// once per keystroke instead of once per article.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/find.h"
#include "core/search/word_keys.h"

namespace synoptic {

struct QueryTerm {
    WordKeys keys;      // a word's keys; for digits, only `keys.fold`, the same as `digits`
    std::string digits; // a run of digits (any script) in ASCII; "" for a word
};

struct FindQuery {
    std::string text;
    std::vector<QueryTerm> terms; // the query's words and digit runs, in order: a phrase
    // The whole query read as one number (12, on iki, двенадцать): it then
    // also matches that value written in digits, in number words or as an
    // ordinal (its letters still match too: "on" is ten, and the start of Onur).
    std::optional<std::string> number;
    FindOptions options;

    bool empty() const { return terms.empty(); }
};

FindQuery prepare_find_query(std::string_view text, const FindOptions& options = {});

} // namespace synoptic
