// The rule a document's rows keep, whoever made them (an alignment, the
// user's edits, a session file): one sentence list per compared article,
// ascending; no empty row; every sentence of every compared article in
// exactly one row. A view can then draw any row, and an export loses nothing.
#pragma once
#include <optional>
#include <vector>

#include "core/base/result.h"
#include "core/session/document_state.h"

namespace synoptic {

// Checks `rows` against the compared articles of `state` (whose analyses
// give the sentence counts); the error names the first row that breaks the
// rule, counting rows and sentences from 1 as a reader does.
std::optional<Error> check_rows(const DocumentState& state, const std::vector<Row>& rows);
inline std::optional<Error> check_rows(const DocumentState& state) { return check_rows(state, state.rows); }

} // namespace synoptic
