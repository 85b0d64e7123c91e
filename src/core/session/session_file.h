// A comparison saved as one JSON text, a ".synoptic.json" file: the
// articles' original bytes (base64) with their ids, names, readers and
// languages; the compared ids; the mode; the rows with the user's flags.
// Derived data (the read articles, their features) is not saved: reading the
// file reads the articles again. The undo history is not saved either.
//
//   {"format":"synoptic-session","version":1,"next_id":3,"mode":"auto",
//    "compared":[1,2],"needs_alignment":false,
//    "articles":[{"id":1,"name":"a.txt","format":"text","language":"","bytes":"…"}, …],
//    "rows":[{"sentences":[[0],[0,1]],"score":0.93,"edited":true,"checked":true}, …]}
//
// "edited" and "checked" are written only when true; one article and one
// row a line, so the file can be read and compared by eye.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/session/document.h"

namespace synoptic {

constexpr const char* kSessionFormat = "synoptic-session";
constexpr int kSessionVersion = 1;
constexpr const char* kSessionFileSuffix = ".synoptic.json";

// Four book-length articles (kMaxArticleBytes each, a third more in base64)
// and their rows; past this the page would hold several copies of the file
// in memory while it parses and reads it.
constexpr size_t kMaxSessionBytes = 64u << 20;

std::string write_session(const Document& document);

// The document the file describes, with no history; or, for a file that is
// too large, not JSON, cut short, of another format or a newer version, or
// damaged (a field missing or of the wrong type, rows pointing at sentences
// the articles do not have), an error saying so, and nothing is created.
Result<Document> read_session(std::string_view text);

} // namespace synoptic
