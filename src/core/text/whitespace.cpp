#include "core/text/whitespace.h"

namespace synoptic {

std::string collapse_whitespace(std::string_view s) {
    std::string out;
    bool space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || nbsp) {
            if (nbsp) ++i;
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace synoptic
