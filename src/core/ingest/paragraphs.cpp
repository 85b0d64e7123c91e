#include "core/ingest/paragraphs.h"

#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace synoptic {

namespace {

bool is_blank_code_point(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F;
}

char32_t last_code_point(std::string_view s) {
    if (s.empty()) return 0;
    size_t p = s.size() - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    return next_code_point(s, p);
}

char32_t first_code_point(std::string_view s) {
    size_t p = 0;
    return s.empty() ? 0 : next_code_point(s, p);
}

bool ends_sentence_or_block(char32_t cp) {
    return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == 0x2026 || cp == 0x061F ||
           cp == '"' || cp == 0xBB || cp == 0x201D || cp == ')';
}

} // namespace

ByteSpan trim_span(std::string_view text, ByteSpan span) {
    uint32_t b = span.begin, e = span.end;
    while (b < e) {
        size_t p = b;
        if (!is_blank_code_point(next_code_point(text.substr(0, e), p))) break;
        b = static_cast<uint32_t>(p);
    }
    while (e > b) {
        uint32_t p = e - 1;
        while (p > b && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
        size_t q = p;
        if (!is_blank_code_point(next_code_point(text.substr(0, e), q))) break;
        e = p;
    }
    return {b, e};
}

std::vector<ByteSpan> split_paragraphs(std::string_view text, ByteSpan region) {
    std::vector<ByteSpan> paragraphs;
    // Lines of the region, trimmed; empty ones mark paragraph breaks.
    uint32_t pos = region.begin;
    bool open = false;       // a paragraph is being extended
    ByteSpan current{};
    while (pos < region.end) {
        size_t nl = text.find('\n', pos);
        const uint32_t line_end = static_cast<uint32_t>(nl == std::string_view::npos || nl > region.end ? region.end : nl);
        const ByteSpan line = trim_span(text, {pos, line_end});
        pos = line_end + 1;
        if (line.size() == 0) {
            if (open) paragraphs.push_back(current);
            open = false;
            continue;
        }
        if (open) {
            const std::string_view previous = text.substr(current.begin, current.size());
            const char32_t next = first_code_point(text.substr(line.begin, line.size()));
            const bool soft_wrap = !ends_sentence_or_block(last_code_point(previous)) &&
                                   u_islower(static_cast<UChar32>(next));
            if (soft_wrap) {
                current.end = line.end;
                continue;
            }
            paragraphs.push_back(current);
        }
        current = line;
        open = true;
    }
    if (open) paragraphs.push_back(current);
    return paragraphs;
}

void set_text_from_blocks(const std::vector<std::string>& blocks, Article& article) {
    article.text.clear();
    for (const std::string& b : blocks) {
        if (!article.text.empty()) article.text += "\n\n";
        const uint32_t begin = static_cast<uint32_t>(article.text.size());
        article.text += b;
        article.paragraphs.push_back({{begin, static_cast<uint32_t>(article.text.size())}, "und", 0});
    }
}

} // namespace synoptic
