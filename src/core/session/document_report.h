// The document as one HTML page to read in any browser and to print: the
// articles compared, their rows side by side with each row's mark and the
// user's edits and checks, the facts against the articles and the conflicts.
// One self-contained file: no script, no request of any kind (fonts, images,
// sheets), every text of the articles escaped, right-to-left text set right
// to left cell by cell. What `export_document(…, ExportFormat::Html)` saves.
#pragma once
#include <string>
#include <vector>

#include "core/compare/comparison.h"
#include "core/ingest/article.h"
#include "core/session/document_state.h"

namespace synoptic {

// `columns` are named_columns(state) and `comparison` their
// comparison_of_rows (document_columns.h): its rows are the state's, in order.
std::string document_report_html(const DocumentState& state, const std::vector<Article>& columns,
                                 const Comparison& comparison);

} // namespace synoptic
