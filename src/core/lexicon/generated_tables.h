// The word tables generated at build time by
// src/core/lexicon/generators/generate_lexicon.cpp (see lexicon.cmake), from
// ICU's CLDR data and the hand-made extra_forms.tsv and news_glossary.tsv.
// One table per (source, language): text, one line per (kind, value) with the
// keys its forms are filed under (index_keys.h), "kind\tvalue\tkey|key\n", a
// leading '^' on a key from a capitalized form, a trailing '-' on a root.
// Kinds: N number word, O ordinal, S scale word, M month, W weekday,
// R relative day, C concept, A concept written as an acronym (matches only
// all-caps tokens: АҚШ, ABD, US), G ordinary news word from the glossary.
#pragma once
#include <cstddef>

namespace synoptic::lexicon {

struct GeneratedTable {
    const char* name;     // "numbers", "calendar", "countries", "cities", "languages", "currencies", "extra", "glossary"
    const char* language; // "kk", "ru", "tr", "ar", "en"
    const char* data;
    size_t size;          // bytes of data
    size_t entries;       // forms
};

extern const GeneratedTable kGeneratedTables[];
extern const size_t kGeneratedTableCount;

} // namespace synoptic::lexicon
