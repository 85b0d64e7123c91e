// What a row says about the story at a glance, as the page's legend names
// it: told by every compared article, by some, by one only, or told
// differently (a fact of the row in conflict). Reports print it per row.
#pragma once
#include <cstddef>

#include "core/compare/comparison.h"

namespace synoptic {

enum class RowMark {
    InAll,     // every compared article has a sentence in the row
    InSome,    // two or more, not all
    InOneOnly, // one article alone
    Disagree,  // a fact of the row conflicts, however many articles it holds
};

// "in all", "in some", "in one only", "disagree": the page's legend.
const char* row_mark_name(RowMark mark);

// The mark of row `row` of `comparison` (rows and row facts in step).
// A conflict outranks presence: it is what a reader must not miss.
RowMark row_mark(const Comparison& comparison, size_t row);

} // namespace synoptic
