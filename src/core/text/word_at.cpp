#include "core/text/word_at.h"

#include <unicode/uchar.h>
#include <vector>

#include "core/text/utf8.h"

namespace synoptic {
namespace {

bool in_word(char32_t c) {
    return u_isalnum(static_cast<UChar32>(c)) || u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}

std::vector<char32_t> code_points_of(std::string_view text) {
    std::vector<char32_t> out;
    for (size_t at = 0; at < text.size();) out.push_back(next_code_point(text, at));
    return out;
}

} // namespace

CodePointRange word_at(std::string_view text, uint32_t index) {
    const std::vector<char32_t> cps = code_points_of(text);
    if (index >= cps.size() || !in_word(cps[index])) return {index, index};
    uint32_t start = index, end = index + 1;
    while (start > 0 && in_word(cps[start - 1])) --start;
    while (end < cps.size() && in_word(cps[end])) ++end;
    return {start, end};
}

std::string code_point_slice(std::string_view text, CodePointRange range) {
    std::string out;
    uint32_t index = 0;
    for (size_t at = 0; at < text.size() && index < range.end; ++index) {
        const size_t begin = at;
        next_code_point(text, at);
        if (index >= range.start) out.append(text.substr(begin, at - begin));
    }
    return out;
}

} // namespace synoptic
