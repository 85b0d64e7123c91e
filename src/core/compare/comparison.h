// What the articles say in common and where they part: for each aligned row,
// the anchors (names, numbers, dates, quotes, concepts) every article of the
// row shares, the ones only some carry, and the ones in conflict (`12-day`
// against `13-day`: the same kind of fact in the same row with a different
// value); and over the whole story, a matrix of facts x articles.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/align/event_verdict.h"
#include "core/align/multi_alignment.h"
#include "core/features/sentence_features.h"
#include "core/ingest/article.h"

namespace synoptic {

struct Fact {
    AnchorKind kind;
    std::string key;                               // language-neutral ("12", "name:rkj", "country:US")
    std::vector<std::string> surface;              // per article: first form written there ("" = absent)
    std::vector<std::vector<uint32_t>> sentences;  // per article: sentences that carry it
    size_t articles_with() const;
};

enum class FactStatus {
    Shared,   // every article present in the row (two or more) carries it
    Partial,  // some articles of the row carry it, others do not (or the row has one article)
    Conflict, // carried by some, while another article of the row gives a different value of the same kind
};
const char* fact_status_name(FactStatus status);

struct RowFact {
    size_t fact = 0;               // index into Comparison::facts
    std::vector<bool> in_article;  // per article
    FactStatus status = FactStatus::Shared;
};

struct FactConflict {
    size_t row = 0;
    uint32_t article_a = 0, article_b = 0;
    size_t fact_a = 0, fact_b = 0; // the two values
    std::string reason;            // "number 12 vs 13", "date ...", "quote attributed to ... vs ..."
};

struct Comparison {
    std::vector<std::string> article_names;
    std::vector<std::string> article_languages;
    MultiAlignment alignment;               // pairs and rows
    std::vector<std::vector<RowFact>> row_facts; // parallel to alignment.rows
    std::vector<Fact> facts;                // the facts x articles matrix, by kind then key
    std::vector<FactConflict> conflicts;
    EventVerdict events;                    // whether the rows' articles report one event
};

struct CompareOptions {
    MultiAlignOptions align;
    // Numbers conflict only when close in size (12 vs 13 days, not 12 vs 2026).
    double max_number_ratio = 2.0;
};

// The entry point for the page and the CLI: kMinComparedArticles to
// kMaxComparedArticles articles (multi_alignment.h).
Comparison compare_articles(const std::vector<Article>& articles, const CompareOptions& options = {});
// The same when features are already extracted (features[k] of articles[k]).
Comparison compare_features(const std::vector<Article>& articles,
                            const std::vector<std::vector<SentenceFeatures>>& features,
                            const CompareOptions& options = {});
Comparison compare_features(const ComparedArticles& compared, const CompareOptions& options = {});

// The facts of rows someone else made (a user's edited rows): the comparison
// of `compared` with these rows instead of an alignment (no pairs). Each row
// has one sentence list per compared article.
Comparison compare_rows(const ComparedArticles& compared, std::vector<AlignedRow> rows,
                        const CompareOptions& options = {});

} // namespace synoptic
