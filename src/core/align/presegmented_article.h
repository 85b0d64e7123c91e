// An Article from text already cut into sentences, one a line (the format of
// aligner corpora and of the gold in tests/data/gold): every non-blank line is one
// paragraph holding one sentence; languages are identified by the core.
#pragma once
#include <string>
#include <string_view>

#include "core/ingest/article.h"

namespace synoptic {

// `language` overrides identification when not empty. Blank lines are
// skipped (they are not sentences); a UTF-8 BOM and CR before LF are dropped.
Article presegmented_article(std::string_view text, const std::string& name, const std::string& language = "");

} // namespace synoptic
