// Alignment of translations: monotonic beads scored by the cross-lingual
// similarity of the two sides (their sentences' features merged) plus a
// Gale-Church length prior and a prior on bead shapes. Short texts are
// searched exactly; long ones inside a band around a chain of rare shared
// anchors, so memory grows linearly with the text.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "core/align/alignment.h"
#include "core/align/bead_search.h"
#include "core/features/sentence_features.h"

namespace synoptic {

using FeatureSimilarity = std::function<double(const SentenceFeatures&, const SentenceFeatures&)>;

struct ParallelOptions {
    // Gain of a bead = shape prior + length_weight * log P(length ratio)
    //                + similarity_weight * (similarity - similarity_floor).
    // The similarity credit is per bead, not per sentence, so a sentence with
    // no evidence of its own earns nothing by joining a neighbour's bead.
    double similarity_weight = 8.0;
    double similarity_floor = 0.15;
    double length_weight = 1.0;
    double length_variance = 6.8;      // Gale-Church s^2, characters
    // Shape priors relative to 1-1, from Gale & Church's (1993) bead
    // frequencies: 1-1 0.89, 1-0/0-1 0.0099, 2-1/1-2 0.089, 2-2 0.011.
    double log_prior_skip = -5.2;      // per sentence left without a counterpart
    // A sentence that repeats an earlier one of its own text (a title
    // repeated as a caption, a byline printed twice) adds nothing to align.
    double log_prior_skip_repeat = -0.5;
    double log_prior_one_two = -3.0;   // 1-2 and 2-1
    double log_prior_two_two = -4.4;
    double log_prior_one_three = -5.0; // 1-3 and 3-1 (not in Gale & Church; rarer than 2-2)
    // Exact search up to this many DP cells; beyond, a band around anchors.
    size_t exact_search_cells = 80 * 80; // a long news article; books go banded
    uint32_t band_width = 5;
    double band_gap_widening = 0.25;
    uint32_t band_max_width = 300;
    // Banded search only: cells more than this below their row's best extend
    // nothing (about five skipped sentences); 0 keeps the search exact.
    double beam = 15;
};

// Merged evidence of consecutive sentences, as if they were one.
SentenceFeatures merge_features(const std::vector<SentenceFeatures>& sentences, size_t begin, size_t count);

// Gale-Church: log probability of the length difference of a bead whose sides
// have la and lb characters, when B runs `ratio` characters per A character.
double log_length_prior(double la, double lb, double ratio, double variance);

// B characters per A character, from confident one-to-one pairs (median of
// their ratios) when there are enough, else from the totals; tweets and
// bylines on one side only skew the totals.
double estimate_length_ratio(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                             const FeatureSimilarity& similarity);
// The same from an anchor chain already computed (monotonic_chain(shared_rare_keys(a, b))).
double estimate_length_ratio(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                             const FeatureSimilarity& similarity, const std::vector<AnchorPoint>& chain);

// For each sentence, whether another sentence of the same text has the same features.
std::vector<bool> repeated_sentences(const std::vector<SentenceFeatures>& sentences);

// Rare keys (anchors, Latin keys) shared by sentence i of A and j of B, as
// weighted points for the coarse path; same-key hits are summed per pair.
std::vector<WeightedPoint> shared_rare_keys(const std::vector<SentenceFeatures>& a,
                                            const std::vector<SentenceFeatures>& b, size_t max_occurrences = 2);

// Sentences the caller knows are probably untranslated (an English tweet in a
// Kazakh page): skipping them costs log_prior_skip_repeat. Empty = none.
struct SkipHints {
    std::vector<bool> a, b;
};

// Beads covering every sentence of both sides; links hold every A-B pair
// inside a non-empty bead; each bead's score is the similarity of its sides.
Alignment align_parallel(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const FeatureSimilarity& similarity, const ParallelOptions& options = {},
                         const SkipHints& hints = {});

} // namespace synoptic
