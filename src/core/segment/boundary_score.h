// Sentence boundary precision and recall against a hand segmentation. Both
// sides are lists of sentences over the same text; a boundary is the
// position, counted in non-whitespace characters from the start, where one
// sentence ends and the next begins, so spacing differences do not matter.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace synoptic {

struct BoundaryScore {
    size_t gold = 0;      // boundaries in the hand segmentation
    size_t predicted = 0; // boundaries the segmenter made
    size_t correct = 0;   // in both
    bool same_text = true; // false when the two sides are not the same text
    double precision() const { return predicted ? double(correct) / double(predicted) : 1.0; }
    double recall() const { return gold ? double(correct) / double(gold) : 1.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

BoundaryScore score_boundaries(const std::vector<std::string_view>& gold,
                               const std::vector<std::string_view>& predicted);

// Sentences of a one-sentence-a-line file (empty lines skipped).
std::vector<std::string_view> lines_of(std::string_view text);

// Where the two segmentations disagree, for a report: each entry is the
// text around one missed or extra boundary, marked with " ‖ ".
std::vector<std::string> boundary_differences(const std::vector<std::string_view>& gold,
                                              const std::vector<std::string_view>& predicted);

} // namespace synoptic
