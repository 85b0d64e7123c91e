// The document's compared articles and rows as the writers take them, shared
// by every export of the document (document_export.h, document_report.h), so
// that each one writes the same names, the same rows and the same facts.
#pragma once
#include <vector>

#include "core/compare/comparison.h"
#include "core/ingest/article.h"
#include "core/session/document_state.h"

namespace synoptic {

// The compared articles in column order, named as the user named them since
// (the read articles keep the name they were read under). Copies the text,
// as the export itself will.
std::vector<Article> named_columns(const DocumentState& state);

// The document's rows without what the user did to them.
std::vector<AlignedRow> aligned_rows(const std::vector<Row>& rows);

// The facts of the document's rows, the user's edits included, worked out as
// the page works them out (compare_rows over the rows); `columns` are
// named_columns(state), which the comparison points into.
Comparison comparison_of_rows(const DocumentState& state, const std::vector<Article>& columns);

} // namespace synoptic
