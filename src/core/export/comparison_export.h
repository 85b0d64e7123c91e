// A comparison of N articles written out: a plain-text report a reader can
// scan on a terminal, and JSON for programs (and the page's export menu).
#pragma once
#include <string>
#include <vector>

#include "core/compare/comparison.h"
#include "core/ingest/article.h"

namespace synoptic {

std::string comparison_text(const std::vector<Article>& articles, const Comparison& comparison);
std::string comparison_json(const std::vector<Article>& articles, const Comparison& comparison);

} // namespace synoptic
