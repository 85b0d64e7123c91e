#include "core/export/html_text.h"

#include <cstdio>

#include "core/text/utf8.h"

namespace synoptic {
namespace {

bool opens_bidi_run(char32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

// C0 and C1 controls and DEL, which HTML either refuses or shows as nothing.
bool is_stray_control(char32_t cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') return false;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (size_t pos = 0; pos < text.size();) {
        const size_t start = pos;
        const char32_t cp = next_code_point(text, pos);
        switch (cp) {
        case '&': out += "&amp;"; continue;
        case '<': out += "&lt;"; continue;
        case '>': out += "&gt;"; continue;
        case '"': out += "&quot;"; continue;
        case '\'': out += "&#39;"; continue;
        default: break;
        }
        if (opens_bidi_run(cp)) {
            char name[16];
            std::snprintf(name, sizeof name, "[U+%04X]", static_cast<unsigned>(cp));
            out += name;
        } else if (is_stray_control(cp) || cp == kReplacementCharacter) {
            append_utf8(out, kReplacementCharacter);
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
    return out;
}

} // namespace synoptic
