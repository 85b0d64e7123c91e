// N articles (kMinComparedArticles to kMaxComparedArticles) side by side:
// every pair aligned, then the pairwise links merged into rows (union-find,
// so A~B and B~C put A, B and C in one row), in the reading order of the
// first article; a pair that reports different events (event_verdict.h)
// puts no two of its sentences in one row. Every sentence of every article lands in exactly one row.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/align/align_articles.h"
#include "core/align/compared_articles.h"
#include "core/base/result.h"

namespace synoptic {

// How many articles one comparison holds. Every pair is aligned (28 pairs at
// eight), and the reader gives each article a column: past eight, a column
// is too narrow for a sentence to be read. The page, its library and the
// command-line tool all take their limit from here.
constexpr size_t kMinComparedArticles = 2;
constexpr size_t kMaxComparedArticles = 8;

// The error to give for comparing `count` articles ("compare 2 to 8
// articles, not 9"); nothing when the count is in range.
std::optional<Error> check_compared_count(size_t count);

struct PairAlignment {
    uint32_t first = 0, second = 0; // article indices, first < second
    Alignment alignment;
};

struct AlignedRow {
    std::vector<std::vector<uint32_t>> sentences; // per article, ascending; empty = not in this row
    double score = 0;                             // strongest link that built the row (0 for a lone sentence)
    size_t articles_present() const;
};

struct MultiAlignment {
    std::vector<PairAlignment> pairs;
    std::vector<AlignedRow> rows;
};

// One pair aligned in a mode of its own (article indices, either order).
struct PairModeChoice {
    uint32_t first = 0, second = 0;
    AlignMode mode = AlignMode::Auto;
};

struct MultiAlignOptions {
    AlignOptions pair;                 // mode etc. for every pair
    std::vector<PairModeChoice> pair_modes; // pairs aligned in another mode than pair.mode
    // A row stops growing when it would hold more sentences of one article
    // than this, or sentences of one article that are not neighbours:
    // chains of weak one-to-many links would otherwise glue a whole report
    // into one row.
    uint32_t max_sentences_per_article = 3;
};

// Articles' features are passed in so callers that already have them (the
// page) do not extract them twice; features[k] belongs to articles[k].
MultiAlignment align_many(const std::vector<Article>& articles,
                          const std::vector<std::vector<SentenceFeatures>>& features,
                          const MultiAlignOptions& options = {});
// The same over articles owned elsewhere.
MultiAlignment align_many(const ComparedArticles& compared, const MultiAlignOptions& options = {});

// Rows from pairwise alignments alone (exposed for tests).
std::vector<AlignedRow> group_rows(const std::vector<uint32_t>& sentence_counts,
                                   const std::vector<PairAlignment>& pairs, uint32_t max_sentences_per_article = 3);

} // namespace synoptic
