// Why the sentences of one row stand side by side: what they share across
// the row's articles, for the reader to show beside the row's facts (the
// meanings of ordinary words from the news glossary, loanwords, names).
#pragma once
#include <vector>

#include "core/align/multi_alignment.h"
#include "core/align/similarity.h"

namespace synoptic {

// features_by_column[k]: the features of the article in column k of the row.
// The evidence the row's first article shares with each other one, every
// key once, in the order explain_similarity gives it. Empty for a row of one
// article.
std::vector<SharedEvidence> row_evidence(const AlignedRow& row,
                                         const std::vector<const std::vector<SentenceFeatures>*>& features_by_column);

} // namespace synoptic
