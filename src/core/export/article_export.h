// An Article as JSON: metadata, languages, paragraphs and sentences with
// their byte offsets into "text" (for `synoptic segment --format json`, the
// page's export, and any program reading Synoptic's output).
#pragma once
#include <nlohmann/json.hpp>

#include "core/ingest/article.h"

namespace synoptic {

nlohmann::json article_json(const Article& article);

} // namespace synoptic
