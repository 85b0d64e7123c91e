// Text on one line: what a page or a soft-wrapped paragraph writes with
// line breaks, tabs and no-break spaces, shown or compared as single spaces.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// Every run of whitespace (space, \n, \t, \r, \f, and U+00A0 NO-BREAK SPACE)
// becomes one ASCII space; leading and trailing runs are dropped.
std::string collapse_whitespace(std::string_view utf8);

} // namespace synoptic
