// The result of aligning two articles, in either of the two situations:
// translations (monotonic beads) or independent reports (links that may cross).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace synoptic {

enum class AlignMode { Auto, Parallel, Comparable };

// A bead groups sentence indices of A and B that say the same thing;
// either side may be empty (a sentence with no counterpart).
struct Bead {
    std::vector<uint32_t> a;
    std::vector<uint32_t> b;
    double score = 0; // similarity of the two sides merged (0..1); 0 for a one-sided bead
};

struct Link {
    uint32_t a = 0;
    uint32_t b = 0;
    double score = 0; // similarity of the pair (comparable) or of its bead (parallel), 0..1
};

struct Alignment {
    AlignMode mode = AlignMode::Parallel;     // the mode actually used
    std::string mode_reason;                  // evidence for the automatic choice (one line, figures included)
    std::vector<Bead> beads;                  // Parallel: covers every sentence of both
    std::vector<Link> links;                  // Comparable (also derived from beads in Parallel)
};

} // namespace synoptic
