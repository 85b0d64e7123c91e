// Text side by side on a terminal: cells wrapped to a column width in code
// points (the terminal, not us, orders right-to-left text).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace synoptic::cli {

// The terminal's width in columns (COLUMNS, then the tty, else 120).
int terminal_width();

// Lines of at most `width` code points, broken at spaces where possible.
std::vector<std::string> wrap_to_width(std::string_view text, int width);

// Prints cells next to each other, each wrapped to `width`, separated by
// " │ "; lines after the first are indented by `indent` spaces (the caller
// printed something of that width before the first).
void print_side_by_side(const std::vector<std::string>& cells, int width, int indent = 0);

} // namespace synoptic::cli
