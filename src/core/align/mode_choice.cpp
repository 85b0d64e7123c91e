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

void add_bead_evidence(ModeEvidence& e, const std::vector<Link>& links, const std::vector<Bead>& beads,
                       uint32_t n_a, uint32_t n_b) {
    std::vector<int> bead_of_a(n_a, -1), bead_of_b(n_b, -1);
    size_t supported = 0;
    for (size_t k = 0; k < beads.size(); ++k) {
        for (uint32_t i : beads[k].a)
            if (i < n_a) bead_of_a[i] = static_cast<int>(k);
        for (uint32_t j : beads[k].b)
            if (j < n_b) bead_of_b[j] = static_cast<int>(k);
        if (!beads[k].a.empty() && !beads[k].b.empty() && beads[k].score >= 0.5)
            supported += beads[k].a.size() + beads[k].b.size();
    }
    size_t kept = 0;
    for (const Link& link : links)
        if (link.a < n_a && link.b < n_b && bead_of_a[link.a] >= 0 && bead_of_a[link.a] == bead_of_b[link.b]) ++kept;
    e.kept_by_beads = links.empty() ? 0 : static_cast<double>(kept) / links.size();
    e.bead_support = n_a + n_b ? static_cast<double>(supported) / (n_a + n_b) : 0;
}

void add_best_match_evidence(ModeEvidence& e, const std::vector<Bead>& beads, uint32_t n_a, uint32_t n_b,
                             const std::function<float(uint32_t, uint32_t)>& similarity) {
    std::vector<float> best_a(n_a, 0), best_b(n_b, 0);
    for (uint32_t i = 0; i < n_a; ++i)
        for (uint32_t j = 0; j < n_b; ++j) {
            const float s = similarity(i, j);
            best_a[i] = std::max(best_a[i], s);
            best_b[j] = std::max(best_b[j], s);
        }
    size_t considered = 0, agreeing = 0;
    for (const Bead& bead : beads) {
        if (bead.a.empty() || bead.b.empty()) continue;
        for (uint32_t i : bead.a) {
            float inside = 0;
            for (uint32_t j : bead.b) inside = std::max(inside, similarity(i, j));
            if (best_a[i] < 0.2f) continue; // no evidence either way
            ++considered;
            agreeing += inside >= best_a[i] - 0.05f;
        }
        for (uint32_t j : bead.b) {
            float inside = 0;
            for (uint32_t i : bead.a) inside = std::max(inside, similarity(i, j));
            if (best_b[j] < 0.2f) continue;
            ++considered;
            agreeing += inside >= best_b[j] - 0.05f;
        }
    }
    e.best_match_share = considered ? static_cast<double>(agreeing) / considered : 0;
}

AlignMode choose_mode(const ModeEvidence& e, std::string& reason, const ModeThresholds& t) {
    const bool agrees = e.best_match_share >= t.min_best_match_share;
    const bool ordered = e.monotonicity >= t.min_monotonicity && e.diagonal_distance <= t.max_diagonal_distance &&
                         e.kept_by_beads >= t.min_kept_by_beads && e.count_ratio >= t.min_count_ratio_for_order;
    const bool parallel = e.links >= t.min_links && e.count_ratio >= t.min_count_ratio && (agrees || ordered);
    char buffer[600];
    std::snprintf(buffer, sizeof buffer,
                  "%s: %zu confident links (needs %zu); best match inside its bead for %.0f%% of sentences (parallel "
                  "needs %.0f%%, or order: link order agreement %.2f >= %.2f, distance from diagonal %.2f <= %.2f, "
                  "links kept by beads %.0f%% >= %.0f%%, count ratio >= %.2f); sentence count ratio %.2f (needs %.2f); %.0f%% of "
                  "sentences in beads of similarity >= 0.5; coverage %.2f",
                  parallel ? "parallel" : "comparable", e.links, t.min_links, 100 * e.best_match_share,
                  100 * t.min_best_match_share, e.monotonicity, t.min_monotonicity, e.diagonal_distance,
                  t.max_diagonal_distance, 100 * e.kept_by_beads, 100 * t.min_kept_by_beads, t.min_count_ratio_for_order,
                  e.count_ratio,
                  t.min_count_ratio, 100 * e.bead_support, e.coverage);
    reason = buffer;
    return parallel ? AlignMode::Parallel : AlignMode::Comparable;
}

} // namespace synoptic
