// Rows from an alignment, and an alignment's rows merged with the user's.
#pragma once
#include <cstdint>
#include <vector>

#include "core/align/multi_alignment.h"
#include "core/compare/comparison.h"
#include "core/session/document_state.h"

namespace synoptic {

// The rows of a core alignment or comparison as a document holds them
// (neither edited nor checked), for ApplyAlignment.
std::vector<Row> rows_from_alignment(const MultiAlignment& alignment);
std::vector<Row> rows_from_comparison(const Comparison& comparison);

// The rows after a new alignment: the user's rows in `current` (edited or
// checked) stay as they are; the `computed` rows lose the sentences those
// hold and, if nothing is left, go. Each kept row is placed right after the
// row holding the sentence before its first one (in the leftmost column it
// holds), so it stays where the reader expects it. Both lists must hold
// every sentence of the same columns once (row_invariants.h).
std::vector<Row> merge_alignment(const std::vector<Row>& current, std::vector<Row> computed,
                                 const std::vector<uint32_t>& sentence_counts);

} // namespace synoptic
