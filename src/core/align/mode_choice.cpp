#include "core/align/mode_choice.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace synoptic {

ModeEvidence mode_evidence(const std::vector<Link>& links, uint32_t n_a, uint32_t n_b) {
    ModeEvidence e;
    e.links = links.size();
    e.count_ratio = std::max(n_a, n_b) ? static_cast<double>(std::min(n_a, n_b)) / std::max(n_a, n_b) : 0;
    if (links.empty() || n_a == 0 || n_b == 0) return e;

    // Pairs of links, at most a few million: subsample evenly beyond that.
    const size_t step = std::max<size_t>(1, links.size() / 2000);
    long concordant = 0, discordant = 0;
    for (size_t x = 0; x < links.size(); x += step)
        for (size_t y = x + step; y < links.size(); y += step) {
            const long da = static_cast<long>(links[y].a) - static_cast<long>(links[x].a);
            const long db = static_cast<long>(links[y].b) - static_cast<long>(links[x].b);
            if (da == 0 || db == 0) continue;
            ((da > 0) == (db > 0) ? concordant : discordant)++;
        }
    e.monotonicity = concordant + discordant ? static_cast<double>(concordant) / (concordant + discordant) : 1.0;

    double distance = 0;
    std::set<uint32_t> linked_a, linked_b;
    for (const Link& link : links) {
        distance += std::fabs((link.a + 0.5) / n_a - (link.b + 0.5) / n_b);
        linked_a.insert(link.a);
        linked_b.insert(link.b);
    }
    e.diagonal_distance = distance / static_cast<double>(links.size());
    e.coverage = n_a <= n_b ? static_cast<double>(linked_a.size()) / n_a : static_cast<double>(linked_b.size()) / n_b;
    return e;
}

AlignMode choose_mode(const ModeEvidence& e, std::string& reason, const ModeThresholds& t) {
    const bool parallel = e.links >= t.min_links && e.monotonicity >= t.min_monotonicity &&
                          e.diagonal_distance <= t.max_diagonal_distance && e.coverage >= t.min_coverage &&
                          e.count_ratio >= t.min_count_ratio;
    char buffer[256];
    std::snprintf(buffer, sizeof buffer,
                  "%s: %zu confident links, monotonicity %.2f (parallel needs >= %.2f), distance from diagonal "
                  "%.2f (<= %.2f), coverage %.2f (>= %.2f), sentence count ratio %.2f (>= %.2f)",
                  parallel ? "parallel" : "comparable", e.links, e.monotonicity, t.min_monotonicity,
                  e.diagonal_distance, t.max_diagonal_distance, e.coverage, t.min_coverage, e.count_ratio,
                  t.min_count_ratio);
    reason = buffer;
    return parallel ? AlignMode::Parallel : AlignMode::Comparable;
}

} // namespace synoptic
