// JSON text parsed without exceptions (the page's wasm build runs without
// them: a throw would abort it) and no deeper than a reader needs, so a
// hostile file cannot exhaust memory with nesting. The error says where the
// text stops being JSON, and whether it simply ends too early.
#pragma once
#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/base/result.h"

namespace synoptic {

Result<nlohmann::json> parse_json(std::string_view text, size_t max_depth);

} // namespace synoptic
