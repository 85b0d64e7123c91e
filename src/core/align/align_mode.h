// The names of the alignment modes, as the CLI's --mode, the page's
// setMode() and every export spell them.
#pragma once
#include <optional>
#include <string_view>

#include "core/align/alignment.h"

namespace synoptic {

// "auto", "parallel" (translations) or "comparable" (independent reports).
const char* align_mode_name(AlignMode mode);
std::optional<AlignMode> parse_align_mode(std::string_view name);

} // namespace synoptic
