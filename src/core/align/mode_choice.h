// Translations or independent reports? Judged from confident links between
// the two texts: translations keep order (links are monotonic and near the
// diagonal) and most sentences find a counterpart; independent reports
// reorder, and leave most sentences alone.
#pragma once
#include <cstdint>
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
};

struct ModeThresholds {
    size_t min_links = 3;
    double min_monotonicity = 0.85;
    double max_diagonal_distance = 0.12;
    double min_coverage = 0.45;
    double min_count_ratio = 0.45;
};

ModeEvidence mode_evidence(const std::vector<Link>& links, uint32_t n_a, uint32_t n_b);
// Parallel or Comparable, with a one-line reason naming the figures.
AlignMode choose_mode(const ModeEvidence& evidence, std::string& reason, const ModeThresholds& thresholds = {});

} // namespace synoptic
