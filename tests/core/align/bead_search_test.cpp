// The bead search on synthetic documents whose true beads are known: each A
// sentence carries private "concepts"; B is made from A by keeping, dropping,
// inserting, merging and splitting sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "core/align/bead_score.h"
#include "core/align/bead_search.h"

using namespace synoptic;

namespace {

struct Synthetic {
    std::vector<std::set<int>> a, b;
    std::vector<Bead> gold;
};

Synthetic make_synthetic(uint32_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    Synthetic s;
    int next_concept = 0;
    auto fresh = [&](int k) {
        std::set<int> c;
        for (int i = 0; i < k; ++i) c.insert(next_concept++);
        return c;
    };
    while (s.a.size() < n) {
        const uint32_t ia = static_cast<uint32_t>(s.a.size()), ib = static_cast<uint32_t>(s.b.size());
        const int op = static_cast<int>(rng() % 100);
        if (op < 70) { // 1-1
            auto c = fresh(4);
            s.a.push_back(c);
            s.b.push_back(c);
            s.gold.push_back({{ia}, {ib}, 0});
        } else if (op < 76) { // 1-0
            s.a.push_back(fresh(4));
            s.gold.push_back({{ia}, {}, 0});
        } else if (op < 82) { // 0-1
            s.b.push_back(fresh(4));
            s.gold.push_back({{}, {ib}, 0});
        } else if (op < 91) { // 2-1: two A sentences merged in B
            auto c1 = fresh(3), c2 = fresh(3);
            s.a.push_back(c1);
            s.a.push_back(c2);
            std::set<int> merged = c1;
            merged.insert(c2.begin(), c2.end());
            s.b.push_back(merged);
            s.gold.push_back({{ia, ia + 1}, {ib}, 0});
        } else { // 1-2: one A sentence split in B
            auto c1 = fresh(3), c2 = fresh(3);
            std::set<int> merged = c1;
            merged.insert(c2.begin(), c2.end());
            s.a.push_back(merged);
            s.b.push_back(c1);
            s.b.push_back(c2);
            s.gold.push_back({{ia}, {ib, ib + 1}, 0});
        }
    }
    return s;
}

// Jaccard similarity of the merged concept sets, centred so that unrelated
// beads lose and a skipped sentence costs a little.
BeadGain synthetic_gain(const Synthetic& s) {
    return [&s](uint32_t a0, uint32_t na, uint32_t b0, uint32_t nb) {
        if (na == 0 || nb == 0) return -0.2 * (na + nb);
        std::set<int> x, y;
        for (uint32_t k = a0; k < a0 + na; ++k) x.insert(s.a[k].begin(), s.a[k].end());
        for (uint32_t k = b0; k < b0 + nb; ++k) y.insert(s.b[k].begin(), s.b[k].end());
        size_t common = 0;
        for (int c : x) common += y.count(c);
        double jaccard = static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
        return (na + nb) * (jaccard - 0.5) - 0.05 * (na + nb - 2);
    };
}

} // namespace

TEST_CASE("exact search recovers deletions, insertions, merges and splits") {
    Synthetic s = make_synthetic(300, 7);
    auto n_a = static_cast<uint32_t>(s.a.size()), n_b = static_cast<uint32_t>(s.b.size());
    auto beads = search_beads(n_a, n_b, synthetic_gain(s), full_band(n_a, n_b));
    auto scores = score_beads(s.gold, beads);
    CHECK(scores.f1_strict == Approx(1.0));
    // Strict F1 of 1 means the same set of beads; an adjacent 1-0 and 0-1 may
    // come in either order.
    CHECK(beads.size() == s.gold.size());
}

TEST_CASE("every sentence of both sides lands in exactly one bead, in order") {
    Synthetic s = make_synthetic(120, 3);
    auto n_a = static_cast<uint32_t>(s.a.size()), n_b = static_cast<uint32_t>(s.b.size());
    // A gain that knows nothing still yields a covering, monotonic alignment.
    BeadGain flat = [](uint32_t, uint32_t na, uint32_t, uint32_t nb) { return na && nb ? 0.1 : -1.0; };
    auto beads = search_beads(n_a, n_b, flat, full_band(n_a, n_b));
    uint32_t next_a = 0, next_b = 0;
    for (const Bead& bead : beads) {
        for (uint32_t i : bead.a) CHECK(i == next_a++);
        for (uint32_t j : bead.b) CHECK(j == next_b++);
    }
    CHECK(next_a == n_a);
    CHECK(next_b == n_b);
}

TEST_CASE("a band around a sparse anchor chain finds the same beads with linear memory") {
    Synthetic s = make_synthetic(5000, 11);
    auto n_a = static_cast<uint32_t>(s.a.size()), n_b = static_cast<uint32_t>(s.b.size());
    // Anchors: every 50th 1-1 gold bead, plus a few wrong ones the chain must reject.
    std::vector<WeightedPoint> candidates;
    for (size_t k = 0; k < s.gold.size(); k += 50)
        if (s.gold[k].a.size() == 1 && s.gold[k].b.size() == 1)
            candidates.push_back({s.gold[k].a[0], s.gold[k].b[0], 1.0});
    candidates.push_back({10, n_b - 10, 0.5});
    candidates.push_back({n_a - 10, 5, 0.5});
    auto chain = monotonic_chain(candidates);
    CHECK(chain.size() == candidates.size() - 2);
    Band band = make_band(n_a, n_b, chain, 8, 0.1, 60);
    CHECK(band.cells() < static_cast<size_t>(n_a) * 140);
    auto beads = search_beads(n_a, n_b, synthetic_gain(s), band);
    CHECK(score_beads(s.gold, beads).f1_strict == Approx(1.0));
}

TEST_CASE("a band with no anchors follows the diagonal and stays connected") {
    Band band = make_band(100, 37, {}, 2, 0.0, 2);
    REQUIRE(band.lo.size() == 101);
    CHECK(band.lo[0] == 0);
    CHECK(band.hi[100] == 37);
    for (size_t i = 1; i < band.lo.size(); ++i) {
        CHECK(band.lo[i] >= band.lo[i - 1]);
        CHECK(band.lo[i] <= band.hi[i - 1]);
    }
    BeadGain flat = [](uint32_t, uint32_t na, uint32_t, uint32_t nb) { return na && nb ? 0.1 : -1.0; };
    auto beads = search_beads(100, 37, flat, band);
    CHECK_FALSE(beads.empty());
}
