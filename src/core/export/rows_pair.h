// Two columns of rows as an alignment of two articles: the beads and links
// `synoptic align` writes, read off the rows the reader shows (the user's
// edits included), so that every export says what the rows say.
#pragma once
#include <cstddef>
#include <vector>

#include "core/align/alignment.h"
#include "core/align/multi_alignment.h"

namespace synoptic {

// Two different columns of the rows, from 0: `first` becomes the beads' left
// side (A), `second` their right side (B).
struct ColumnPair {
    size_t first = 0;
    size_t second = 1;
};

// One bead per row holding a sentence of either column, in row order: the
// row's sentences of `first` on the left, of `second` on the right, the
// row's score as the bead's. Rows that hold neither are left out. Rows hold
// every sentence once, so the beads cover both columns once each; they are
// monotonic only where the rows are (independent reports may cross).
// Both columns must exist in every row.
std::vector<Bead> beads_of_rows(const std::vector<AlignedRow>& rows, ColumnPair pair);

// Per row, in row order, every sentence of `first` linked to every sentence
// of `second` with the row's score. A row says its sentences belong
// together, not which pairs did: a row of two and two gives four links.
std::vector<Link> links_of_rows(const std::vector<AlignedRow>& rows, ColumnPair pair);

// Both, as the Alignment the writers of alignment_export.h take.
Alignment alignment_of_rows(const std::vector<AlignedRow>& rows, ColumnPair pair);

} // namespace synoptic
