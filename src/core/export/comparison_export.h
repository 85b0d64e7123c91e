// A comparison of N articles written out: a plain-text report a reader can
// scan on a terminal, and JSON for programs (and the page's export menu).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/compare/comparison.h"
#include "core/ingest/article.h"

namespace synoptic {

std::string comparison_text(const std::vector<Article>& articles, const Comparison& comparison);
std::string comparison_json(const std::vector<Article>& articles, const Comparison& comparison);

// Whether the articles report one event, per pair with its evidence:
// {"different_events", "pairs": [{first, second, first_date, second_date,
// days_apart, linked_share, different_events}]}.
nlohmann::json event_verdict_json(const EventVerdict& verdict);
// "These reports seem to be about different events: 2024-05-18 and
// 2026-02-07" (one line, English), or "" when they report one event.
std::string event_verdict_line(const EventVerdict& verdict);

} // namespace synoptic
