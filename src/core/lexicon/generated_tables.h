// The word tables generated at build time from ICU's CLDR data by
// src/core/lexicon/generators/generate_lexicon.cpp (see lexicon.cmake).
// Each table is text, one line per (kind, value) with its forms by language:
// "kind\tvalue\tlang=form|form\tlang=form\n", kind N number word,
// O ordinal, S scale word, M month, W weekday, R relative day, C concept,
// A concept written as an acronym (matches only all-caps tokens: АҚШ, ABD,
// US), G ordinary news word from news_glossary.tsv (a trailing '-' marks a
// verb root). Forms are as CLDR (or the glossary) writes them; the core normalizes and stems them
// when it builds its index.
#pragma once
#include <cstddef>

namespace synoptic::lexicon {

struct GeneratedTable {
    const char* name;  // "numbers", "calendar", "countries", "cities", "languages", "currencies", "extra"
    const char* data;
    size_t size;       // bytes of data
    size_t entries;    // forms
};

extern const GeneratedTable kGeneratedTables[];
extern const size_t kGeneratedTableCount;

} // namespace synoptic::lexicon
