// Where the facts of a row stand in the text of one of its sentences, for a
// reader to see them in place: the same fact in the same colour in every
// column, a conflicting number or date marked in each side's text.
#pragma once
#include <cstdint>
#include <vector>

#include "core/compare/comparison.h"

namespace synoptic {

struct FactMark {
    uint32_t start = 0, end = 0; // code points in the sentence's text (Article::sentence_text)
    size_t fact = 0;             // index into Comparison::facts
    FactStatus status = FactStatus::Shared;
};

// Appends to `out` a mark for each anchor of `sentence` (of `article`, whose
// features are `features`) that is one of the facts of row `row` of
// `comparison`, in the order of the sentence's anchors. `out` is the
// caller's, so a reader drawing every frame reuses its storage.
void append_fact_marks(const Comparison& comparison, size_t row, const Article& article,
                       const SentenceFeatures& features, uint32_t sentence, std::vector<FactMark>& out);

} // namespace synoptic
