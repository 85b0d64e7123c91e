// What `synoptic export --format beads|links` prints: two of a document's
// compared articles, read off its rows (edits included), in the formats
// `synoptic align` writes, so the bead scorer (bead_score.h) reads them.
// Apart from document_export.h because the page's Export menu offers only
// what that file lists, and these need a pair of columns.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/export/rows_pair.h"
#include "core/session/document.h"

namespace synoptic {

enum class PairFormat {
    Beads, // `[0, 1]:[2]`, one row a line
    Links, // `i<TAB>j<TAB>score`, one sentence pair a line
};

// "beads", "links".
const char* pair_format_name(PairFormat format);
std::optional<PairFormat> parse_pair_format(std::string_view name);

// The error to give when `pair` does not name two different compared
// columns (counted from 1 in the message, as a reader counts them);
// nothing when it does.
std::optional<Error> check_column_pair(const DocumentState& state, ColumnPair pair);

// Refused while fewer than two articles are compared, or for a pair
// check_column_pair refuses.
Result<std::string> export_document_pair(const Document& document, PairFormat format, ColumnPair pair);

} // namespace synoptic
