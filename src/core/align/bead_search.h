// Monotonic bead search: the dynamic program that cuts two sentence
// sequences into beads (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1). It knows
// nothing of languages: the caller says how good each candidate bead is, and
// optionally restricts the search to a band around a coarse path, which keeps
// memory linear in the length of the texts.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "core/align/alignment.h"

namespace synoptic {

struct BeadShape {
    uint8_t a = 0; // sentences taken from A
    uint8_t b = 0; // sentences taken from B
};

// The shapes translations need; the order breaks ties (earlier wins).
const std::vector<BeadShape>& default_bead_shapes();

// Gain of a bead holding A[a_begin, a_begin + a_count) and B[b_begin, b_begin + b_count);
// higher is better, any real number (log-probability-like). The search maximises the sum.
using BeadGain = std::function<double(uint32_t a_begin, uint32_t a_count, uint32_t b_begin, uint32_t b_count)>;

// For each prefix length i of A (0..n_a), the prefix lengths of B (inclusive
// range) the search may visit. Built by make_band.
struct Band {
    std::vector<uint32_t> lo, hi; // size n_a + 1
    size_t cells() const;
};

// The full rectangle: exact, memory n_a * n_b.
Band full_band(uint32_t n_a, uint32_t n_b);

// A band of half-width `width` (in B sentences) around the path through
// `anchors` (pairs (i, j) of A and B sentence indices, assumed already
// monotonic; (0,0) and (n_a,n_b) are implied), widened where anchors are
// sparse by `gap_widening` times the length of the gap, capped at max_width.
// The result is always connected from (0,0) to (n_a,n_b).
struct AnchorPoint {
    uint32_t a = 0, b = 0;
};
Band make_band(uint32_t n_a, uint32_t n_b, const std::vector<AnchorPoint>& anchors, uint32_t width,
               double gap_widening = 0.25, uint32_t max_width = 400);

// The best monotonic sequence of beads covering every sentence of both sides.
// Each bead's score is its gain. Returns no beads only when both sides are empty.
// `upper_bound`, when given, must never be below `gain` for the same bead;
// it is asked first, and the (costly) gain is skipped when the bound cannot
// beat the best candidate of the cell so far. Rows are visited in order, so
// a gain may cache by row.
std::vector<Bead> search_beads(uint32_t n_a, uint32_t n_b, const BeadGain& gain, const Band& band,
                               const std::vector<BeadShape>& shapes = default_bead_shapes(),
                               const BeadGain& upper_bound = nullptr, double beam = 0);
// `beam` > 0 prunes: a cell whose score is more than `beam` below the best of
// its row extends nothing (beam search; exact when 0).

// Longest chain of points increasing in both coordinates, maximising the sum
// of weights (weighted LIS, O(P log P)): the coarse path through candidate anchors.
struct WeightedPoint {
    uint32_t a = 0, b = 0;
    double weight = 1;
};
std::vector<AnchorPoint> monotonic_chain(std::vector<WeightedPoint> points);

} // namespace synoptic
