// window.synoptic.edit(command): the row edits as JSON, for embedders and
// tests. Articles are named by their library index ("article": 0, as
// compare() takes them) or their stable id ("articleId": 3, state()'s
// articles[i].id); rows and sentences count from 0, as state() shows them.
//
//   {"op":"unlink","article":A,"sentence":N}
//   {"op":"link","article":A,"sentence":N,"toArticle":B,"toSentence":M}
//   {"op":"move","article":A,"sentence":N,"direction":"up"|"down"}
//   {"op":"split","article":A,"sentence":N}
//   {"op":"merge","row":R}
//   {"op":"check","row":R,"checked":true|false}
#pragma once
#include <nlohmann/json.hpp>

#include "core/base/result.h"
#include "core/session/commands.h"

namespace synoptic::web {

Result<Command> parse_edit(const nlohmann::json& edit, const DocumentState& state);

} // namespace synoptic::web
