// An Article from text already cut into sentences, one a line (the format of
// aligner corpora and of the gold in tests/data/gold): every non-blank line is one
// paragraph holding one sentence; languages are identified by the core.
#pragma once
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/ingest/article.h"

namespace synoptic {

// `language` overrides identification when not empty. Blank lines are
// skipped (they are not sentences); a UTF-8 BOM and CR before LF are dropped.
// For text the program made or checked: ill-formed UTF-8 is only replaced
// (U+FFFD), so spans stay on code point boundaries.
Article presegmented_article(std::string_view text, const std::string& name, const std::string& language = "");

// The same from a user's file: its bytes are decoded as every reader decodes
// them (BOMs, UTF-16, legacy charsets, bad bytes, control and bidi characters,
// with warnings); empty and binary files are errors with a message.
Result<Article> read_presegmented_article(std::string_view bytes, const std::string& name,
                                          const std::string& language = "");

} // namespace synoptic
