// The evidence one sentence offers to a sentence in another language, with no
// machine translation: anchors (numbers, dates, names, concepts, URLs,
// handles, quotes), stems, and Latin keys of words for cognates and names.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic {

// Stem, Cognate and Gloss are not anchors of a sentence; they name shared
// words in the evidence of a similarity (SharedEvidence).
enum class AnchorKind { Number, Date, Name, Concept, Url, Handle, Quote, Stem, Cognate, Gloss };

const char* anchor_kind_name(AnchorKind kind);

struct Anchor {
    AnchorKind kind;
    std::string key;   // language-neutral value: "12", "02-06", "name:rkj", "country:US"
    ByteSpan span;     // where it stands in Article::text
};

// The signals similarity compares, each a sorted set of 64-bit key hashes.
enum class Signal : uint8_t {
    Number,   // numbers, percentages, times ("12", "1500000", "12%", "time:00:06")
    Date,     // "02-06", "month:02", "weekday:6", "day:+0"
    Name,     // phonetic keys of name candidates ("rkj")
    Concept,  // "country:OM", "city:Muscat", "organization:UN"
    Link,     // URLs, @handles and quotes (the quoted words' forms: same-language only)
    Stem,     // language-specific stems (compared within one language only)
    Cognate,  // Latin prefixes of content words (делегация/delegasyon/delegation → "deleg")
    WordKey,  // phonetic keys of every content word (meets names in caseless scripts)
    Skeleton, // first three consonant classes of long words (ядролық/ядерный → "ytr")
    Gloss,    // meanings of ordinary words from the news glossary (келіссөз/переговоры → "negotiation")
    Count
};
constexpr size_t kSignalCount = static_cast<size_t>(Signal::Count);

struct SentenceFeatures {
    std::vector<Anchor> anchors;
    std::vector<std::string> stems;      // language-specific stems (same-language evidence)
    std::vector<std::string> latin_keys; // transliterated keys (cognates "~deleg", word keys "#rkj", skeletons "%ytr")
    std::vector<std::string> glosses;    // news glossary meanings ("negotiation", "say")
    uint32_t length_chars = 0;           // code points, for the length prior
    std::string language;                // the sentence's language ("kk", "ru", ...)
    // Not prose: a tag line, a credit line or a bare dateline. It links only
    // to its like (similarity_score), never to a claim of another report.
    bool furniture = false;
    // Per signal: sorted, unique hashes of the keys above, so similarity_score
    // intersects sets without allocating; and each key's weight, parallel to
    // the hashes: log(1 + sentences / sentences with the key) within the
    // article (a key every sentence has, like the story's country, says
    // little), 1 for a sentence read alone.
    std::array<std::vector<uint64_t>, kSignalCount> hashes;
    std::array<std::vector<float>, kSignalCount> weights;

    const std::vector<uint64_t>& keys(Signal s) const { return hashes[static_cast<size_t>(s)]; }
    const std::vector<float>& key_weights(Signal s) const { return weights[static_cast<size_t>(s)]; }
};

// 64-bit FNV-1a of a key, as stored in SentenceFeatures::hashes.
uint64_t hash_key(std::string_view key);

// Rebuilds `hashes` from anchors, stems, latin_keys and glosses, every weight 1
// (extract_features does it; call it after editing those by hand).
void index_features(SentenceFeatures& features);

// Features assembled by hand (anchors and keys without index_features)
// carry no hashes: similarity would score them as empty.
bool lacks_index(const SentenceFeatures& features);

// Appends `from` to `into` (a run of sentences read as one: 2-1 beads) and
// re-indexes, keeping the larger weight of a key both have; the language
// stays the first non-empty one.
void append_features(SentenceFeatures& into, const SentenceFeatures& from);

// One sentence, weighted against the whole article (reads the article: use
// the overload below for every sentence).
SentenceFeatures extract_features(const Article& article, size_t sentence_index);
std::vector<SentenceFeatures> extract_features(const Article& article);

// Features of a bare string (tests, benchmarks, the page's search box):
// spans point into `text`.
SentenceFeatures extract_text_features(std::string_view text, std::string_view language);

} // namespace synoptic
