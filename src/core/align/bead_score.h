// Bead alignments as text and their quality against a reference: the
// vecalign/Bleualign line format (`[0, 1]:[2]`, `[3]:[]`) and the strict and
// lax precision/recall/F1 that vecalign's score.py defines, so figures quoted
// here can be compared with published ones.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/align/alignment.h"
#include "core/base/result.h"

namespace synoptic {

// "[0, 1]:[2]" (the bead's score is not written).
std::string format_bead(const Bead& bead);
// One bead a line, in order.
std::string format_beads(const std::vector<Bead>& beads);
// Parses the line format; blank lines are ignored, anything else malformed is an error.
Result<std::vector<Bead>> parse_beads(std::string_view text);

struct BeadScores {
    double precision_strict = 0, recall_strict = 0, f1_strict = 0;
    double precision_lax = 0, recall_lax = 0, f1_lax = 0;
};

// vecalign's definitions: precision over every predicted bead (deletions
// included), recall over gold beads that are non-empty on both sides; a bead
// is a strict hit when it equals a reference bead, a lax hit when some
// sentence of its A side is aligned in the reference to some sentence of its
// B side. Duplicate beads count once; 0/0 gives 0.
BeadScores score_beads(const std::vector<Bead>& gold, const std::vector<Bead>& test);
// Several documents pooled the way score.py pools them (counts summed, then ratios).
BeadScores score_bead_sets(const std::vector<std::vector<Bead>>& golds,
                           const std::vector<std::vector<Bead>>& tests);

} // namespace synoptic
