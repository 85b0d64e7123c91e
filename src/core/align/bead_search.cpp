#include "core/align/bead_search.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace synoptic {
namespace {

constexpr uint8_t kUnreachable = 0xFF;
constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();

} // namespace

const std::vector<BeadShape>& default_bead_shapes() {
    static const std::vector<BeadShape> shapes = {
        {1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1},
    };
    return shapes;
}

size_t Band::cells() const {
    size_t total = 0;
    for (size_t i = 0; i < lo.size(); ++i) total += hi[i] - lo[i] + 1;
    return total;
}

Band full_band(uint32_t n_a, uint32_t n_b) {
    Band band;
    band.lo.assign(n_a + 1, 0);
    band.hi.assign(n_a + 1, n_b);
    return band;
}

Band make_band(uint32_t n_a, uint32_t n_b, const std::vector<AnchorPoint>& anchors, uint32_t width,
               double gap_widening, uint32_t max_width) {
    // Path points in prefix coordinates: an anchor (i, j) says the bead
    // boundary before A[i] lies near the one before B[j], and after them too.
    std::vector<std::pair<double, double>> path;
    path.emplace_back(0.0, 0.0);
    for (const AnchorPoint& p : anchors) {
        if (p.a >= n_a || p.b >= n_b) continue;
        double a = p.a + 0.5, b = p.b + 0.5;
        if (a <= path.back().first || b <= path.back().second) continue;
        path.emplace_back(a, b);
    }
    path.emplace_back(static_cast<double>(n_a), static_cast<double>(n_b));

    Band band;
    band.lo.resize(n_a + 1);
    band.hi.resize(n_a + 1);
    size_t segment = 0;
    for (uint32_t i = 0; i <= n_a; ++i) {
        while (segment + 2 < path.size() && path[segment + 1].first < i) ++segment;
        const auto& [a0, b0] = path[segment];
        const auto& [a1, b1] = path[segment + 1];
        double t = a1 > a0 ? (i - a0) / (a1 - a0) : 1.0;
        t = std::min(1.0, std::max(0.0, t));
        double center = b0 + t * (b1 - b0);
        double gap = std::max(a1 - a0, b1 - b0);
        double w = std::min<double>(max_width, width + gap_widening * gap);
        double lo = std::floor(center - w), hi = std::ceil(center + w);
        band.lo[i] = static_cast<uint32_t>(std::max(0.0, lo));
        band.hi[i] = static_cast<uint32_t>(std::min<double>(n_b, std::max(0.0, hi)));
    }
    band.lo[0] = 0;
    band.hi[n_a] = n_b;
    // Monotone and overlapping rows keep (n_a, n_b) reachable from (0, 0).
    for (uint32_t i = 1; i <= n_a; ++i) band.lo[i] = std::max(band.lo[i], band.lo[i - 1]);
    for (uint32_t i = n_a; i-- > 0;) band.hi[i] = std::min(band.hi[i], band.hi[i + 1]);
    for (uint32_t i = 0; i <= n_a; ++i) band.hi[i] = std::max(band.hi[i], band.lo[i]);
    for (uint32_t i = 0; i < n_a; ++i)
        if (band.lo[i + 1] > band.hi[i]) band.hi[i] = band.lo[i + 1];
    for (uint32_t i = 1; i <= n_a; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
    return band;
}

std::vector<Bead> search_beads(uint32_t n_a, uint32_t n_b, const BeadGain& gain, const Band& band,
                               const std::vector<BeadShape>& shapes, const BeadGain& upper_bound, double beam) {
    if (n_a == 0 && n_b == 0) return {};
    uint8_t max_da = 0;
    for (const BeadShape& s : shapes) max_da = std::max(max_da, s.a);

    // Back pointers for every cell (one byte each: this is the memory that
    // grows with the text); scores only for the last max_da + 1 rows.
    std::vector<size_t> row_offset(n_a + 2, 0);
    uint32_t widest = 0;
    for (uint32_t i = 0; i <= n_a; ++i) {
        uint32_t w = band.hi[i] - band.lo[i] + 1;
        row_offset[i + 1] = row_offset[i] + w;
        widest = std::max(widest, w);
    }
    std::vector<uint8_t> back(row_offset[n_a + 1], kUnreachable);
    const size_t ring = static_cast<size_t>(max_da) + 1;
    std::vector<std::vector<double>> score(ring, std::vector<double>(widest, kMinusInfinity));
    std::vector<double> row_best(ring, kMinusInfinity);

    for (uint32_t i = 0; i <= n_a; ++i) {
        std::vector<double>& row = score[i % ring];
        std::fill(row.begin(), row.end(), kMinusInfinity);
        double& this_row_best = row_best[i % ring];
        this_row_best = kMinusInfinity;
        const uint32_t lo = band.lo[i], hi = band.hi[i];
        for (uint32_t j = lo; j <= hi; ++j) {
            double& best = row[j - lo];
            uint8_t& best_shape = back[row_offset[i] + (j - lo)];
            if (i == 0 && j == 0) {
                best = 0;
                best_shape = kUnreachable;
                this_row_best = std::max(this_row_best, 0.0);
                continue;
            }
            for (size_t s = 0; s < shapes.size(); ++s) {
                const BeadShape shape = shapes[s];
                if (shape.a > i || shape.b > j) continue;
                const uint32_t pi = i - shape.a, pj = j - shape.b;
                if (pj < band.lo[pi] || pj > band.hi[pi]) continue;
                const double prev = score[pi % ring][pj - band.lo[pi]];
                if (prev == kMinusInfinity) continue;
                // The cell the last beads' backtrace needs is never pruned: (0,0)'s row has one cell.
                if (beam > 0 && pi != i && prev < row_best[pi % ring] - beam) continue;
                if (upper_bound && best != kMinusInfinity && prev + upper_bound(pi, shape.a, pj, shape.b) <= best)
                    continue;
                const double candidate = prev + gain(pi, shape.a, pj, shape.b);
                if (candidate > best) {
                    best = candidate;
                    best_shape = static_cast<uint8_t>(s);
                }
            }
            this_row_best = std::max(this_row_best, best);
        }
    }

    // Pruning can, rarely, cut every path to the end: search again exactly.
    if (beam > 0 && score[n_a % ring][n_b - band.lo[n_a]] == kMinusInfinity)
        return search_beads(n_a, n_b, gain, band, shapes, upper_bound, 0);

    std::vector<Bead> beads;
    uint32_t i = n_a, j = n_b;
    while (i > 0 || j > 0) {
        const uint8_t s = back[row_offset[i] + (j - band.lo[i])];
        if (s == kUnreachable) break; // cannot happen for a connected band
        const BeadShape shape = shapes[s];
        Bead bead;
        for (uint32_t k = i - shape.a; k < i; ++k) bead.a.push_back(k);
        for (uint32_t k = j - shape.b; k < j; ++k) bead.b.push_back(k);
        bead.score = gain(i - shape.a, shape.a, j - shape.b, shape.b);
        beads.push_back(std::move(bead));
        i -= shape.a;
        j -= shape.b;
    }
    std::reverse(beads.begin(), beads.end());
    return beads;
}

std::vector<AnchorPoint> monotonic_chain(std::vector<WeightedPoint> points) {
    if (points.empty()) return {};
    // Same a never chains: sort b descending within an a.
    std::sort(points.begin(), points.end(), [](const WeightedPoint& x, const WeightedPoint& y) {
        return x.a != y.a ? x.a < y.a : x.b > y.b;
    });
    uint32_t max_b = 0;
    for (const auto& p : points) max_b = std::max(max_b, p.b);
    // Fenwick tree over b holding the best (chain weight, end point) for b' <= b.
    std::vector<std::pair<double, int>> tree(max_b + 2, {0.0, -1});
    auto query = [&](uint32_t b) { // best over b' < b
        std::pair<double, int> best{0.0, -1};
        for (uint32_t k = b; k > 0; k -= k & (~k + 1))
            if (tree[k].first > best.first) best = tree[k];
        return best;
    };
    auto update = [&](uint32_t b, std::pair<double, int> value) {
        for (uint32_t k = b + 1; k < tree.size(); k += k & (~k + 1))
            if (value.first > tree[k].first) tree[k] = value;
    };
    std::vector<int> previous(points.size(), -1);
    std::vector<double> total(points.size(), 0);
    int best_end = -1;
    double best_total = 0;
    for (size_t k = 0; k < points.size(); ++k) {
        auto [weight, prev] = query(points[k].b);
        total[k] = weight + points[k].weight;
        previous[k] = prev;
        update(points[k].b, {total[k], static_cast<int>(k)});
        if (total[k] > best_total) {
            best_total = total[k];
            best_end = static_cast<int>(k);
        }
    }
    std::vector<AnchorPoint> chain;
    for (int k = best_end; k >= 0; k = previous[k]) chain.push_back({points[k].a, points[k].b});
    std::reverse(chain.begin(), chain.end());
    return chain;
}

} // namespace synoptic
