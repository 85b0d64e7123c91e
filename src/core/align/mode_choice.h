// Translations or independent reports? Judged from confident links between
// the two texts: translations keep order (links are monotonic and near the
// diagonal) and most sentences find a counterpart; independent reports
// reorder, and leave most sentences alone.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/align/alignment.h"
#include "core/align/bead_search.h"

namespace synoptic {

struct ModeEvidence {
    size_t links = 0;
    double monotonicity = 0;     // concordant / (concordant + discordant) link pairs
    double diagonal_distance = 0;// mean |i/n_a - j/n_b| over links
    double coverage = 0;         // share of the shorter text's sentences with a link
    double count_ratio = 0;      // shorter / longer sentence count
    // Share of the confident links that one monotonic bead alignment of the
    // same texts keeps (both ends in one bead): translations keep nearly
    // all, independent reports of the same event only those that happen to
    // follow the same order.
    double kept_by_beads = 0;
    // Share of sentences (both sides) in two-sided beads of similarity >= 0.5.
    double bead_support = 0;
    // Share of sentences in two-sided beads whose best match anywhere in the
    // other text lies inside their bead (within 0.05): a translation's order
    // agrees with the evidence, a forced order over independent reports does not.
    double best_match_share = 0;
};

// Calibrated on the seeds (one translation pair, nine pairs of independent
// reports) and the kk-ru message catalogs (translations, bench/align): the
// translation has its best match inside its bead for 97% of sentences, the
// independent reports for at most 55%; catalogs of short, repetitive UI
// strings fall to 20-90%, but keep order (agreement >= 0.7) near the diagonal.
struct ModeThresholds {
    size_t min_links = 3;
    double min_count_ratio = 0.45;
    double min_best_match_share = 0.7;
    // ... or, when the evidence is ambiguous, order alone, for texts of
    // nearly the same number of sentences (independent reports of one event
    // also follow the news order loosely: 0.47-0.78 on the seeds):
    double min_monotonicity = 0.7;
    double max_diagonal_distance = 0.17;
    double min_kept_by_beads = 0.5;
    double min_count_ratio_for_order = 0.85;
    double min_bead_support = 0.4; // reported, not required
};

ModeEvidence mode_evidence(const std::vector<Link>& links, uint32_t n_a, uint32_t n_b);
// Adds kept_by_beads and bead_support from a monotonic alignment of the same texts.
void add_bead_evidence(ModeEvidence& evidence, const std::vector<Link>& links, const std::vector<Bead>& beads,
                       uint32_t n_a, uint32_t n_b);
// Adds best_match_share; similarity(i, j) of A sentence i and B sentence j.
void add_best_match_evidence(ModeEvidence& evidence, const std::vector<Bead>& beads, uint32_t n_a, uint32_t n_b,
                             const std::function<float(uint32_t, uint32_t)>& similarity);
// Parallel or Comparable, with a one-line reason naming the figures.
AlignMode choose_mode(const ModeEvidence& evidence, std::string& reason, const ModeThresholds& thresholds = {});

} // namespace synoptic
