// Links between independent reports of one event: order differs, most
// sentences have no counterpart, some have several. Every pair is scored,
// then judged against each sentence's nearest neighbours (the ratio margin of
// Artetxe & Schwenk 2019), so a sentence that resembles everything ("talks
// continued") does not link to everything, and a calibrated floor leaves
// sentences without a counterpart when nothing is close enough.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "core/align/alignment.h"
#include "core/features/sentence_features.h"

namespace synoptic {

struct SimilarityMatrix {
    uint32_t rows = 0, cols = 0;
    std::vector<float> values; // row-major
    float at(uint32_t i, uint32_t j) const { return values[static_cast<size_t>(i) * cols + j]; }
};

SimilarityMatrix similarity_matrix(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                                   const std::function<double(const SentenceFeatures&, const SentenceFeatures&)>& similarity);

struct ComparableOptions {
    uint32_t neighbours = 4;       // k of the k nearest neighbours
    double min_similarity = 0.25;  // "no counterpart" below this
    double min_margin = 1.3;       // ratio margin a link needs
    double near_best = 0.8;        // one-to-many: keep links within this share of a sentence's best margin
};

// Ratio margin: sim(a,b) over the mean of the two sentences' k-nearest-neighbour similarities.
std::vector<float> margin_matrix(const SimilarityMatrix& m, uint32_t neighbours);

// Links that may cross and be one-to-many; each link's score is the pair's similarity.
// Sorted by a, then b.
std::vector<Link> link_comparable(const SimilarityMatrix& m, const ComparableOptions& options = {});

} // namespace synoptic
