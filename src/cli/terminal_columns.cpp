#include "cli/terminal_columns.h"

#include <sys/ioctl.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace synoptic::cli {

int terminal_width() {
    if (const char* columns = std::getenv("COLUMNS"); columns && std::atoi(columns) > 20)
        return std::atoi(columns);
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    return 120;
}

std::vector<std::string> wrap_to_width(std::string_view text, int width) {
    std::vector<std::string> lines;
    const int32_t n = int32_t(text.size());
    int32_t line_start = 0;
    while (line_start < n) {
        int32_t i = line_start, last_space = -1, count = 0;
        while (i < n && count < width) {
            int32_t next = i;
            UChar32 c;
            U8_NEXT(text.data(), next, n, c);
            if (c == ' ') last_space = i;
            i = next;
            ++count;
        }
        int32_t end = i;
        if (i < n && last_space > line_start) end = last_space;
        lines.emplace_back(text.substr(size_t(line_start), size_t(end - line_start)));
        line_start = end;
        while (line_start < n && text[size_t(line_start)] == ' ') ++line_start;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

static int code_points(const std::string& s) {
    int count = 0;
    for (unsigned char c : s) count += (c & 0xC0) != 0x80;
    return count;
}

void print_side_by_side(const std::vector<std::string>& cells, int width, int indent) {
    std::vector<std::vector<std::string>> wrapped;
    size_t rows = 0;
    for (const std::string& cell : cells) {
        wrapped.push_back(wrap_to_width(cell, width));
        rows = std::max(rows, wrapped.back().size());
    }
    for (size_t r = 0; r < rows; ++r) {
        std::string line(r == 0 ? 0 : size_t(indent), ' ');
        for (size_t c = 0; c < wrapped.size(); ++c) {
            const std::string piece = r < wrapped[c].size() ? wrapped[c][r] : std::string();
            line += piece;
            if (c + 1 < wrapped.size()) line += std::string(size_t(std::max(0, width - code_points(piece))), ' ') + " │ ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        std::printf("%s\n", line.c_str());
    }
}

} // namespace synoptic::cli
