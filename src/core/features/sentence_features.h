// The evidence one sentence offers to a sentence in another language, with no
// machine translation: anchors (numbers, dates, names, concepts, URLs,
// handles, quotes), stems, and Latin keys of words for cognates and names.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic {

enum class AnchorKind { Number, Date, Name, Concept, Url, Handle, Quote };

const char* anchor_kind_name(AnchorKind kind);

struct Anchor {
    AnchorKind kind;
    std::string key;   // language-neutral value: "12", "2026-02-06", "name:araghchi", "country:US"
    ByteSpan span;     // where it stands in Article::text
};

struct SentenceFeatures {
    std::vector<Anchor> anchors;
    std::vector<std::string> stems;      // language-specific stems (same-language evidence)
    std::vector<std::string> latin_keys; // transliterated keys (cognates, loanwords, names)
    uint32_t length_chars = 0;           // code points, for the length prior
};

SentenceFeatures extract_features(const Article& article, size_t sentence_index);
std::vector<SentenceFeatures> extract_features(const Article& article);

} // namespace synoptic
