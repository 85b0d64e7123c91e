// What the core derives from an article's bytes: the read Article and its
// sentences' features. Derived data: made again from the bytes, the reader
// and the language whenever needed, never saved nor compared as the user's
// state; shared (immutable) between a document and its undo history.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/features/sentence_features.h"
#include "core/ingest/article.h"

namespace synoptic {

struct ArticleAnalysis {
    Article article;
    std::vector<SentenceFeatures> features; // one per sentence of `article`
};

// Reads and analyzes an article of at most kMaxArticleBytes. `format` Auto
// chooses the reader by name then content; the chosen one is in
// article.format. `language` "" identifies the language, else overrides it.
Result<std::shared_ptr<const ArticleAnalysis>> analyze_article(std::string_view name, std::string_view bytes,
                                                               InputFormat format, const std::string& language);

} // namespace synoptic
