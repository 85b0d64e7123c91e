// What every reader must guarantee on any input, checked after each fuzz
// run: either an error with a message, or an article whose spans lie inside
// its text, on UTF-8 boundaries, in order, and whose text is valid UTF-8.
// (check_article alone for readers that cannot fail.)
#pragma once
#include <cstdlib>
#include <string_view>

#include "core/ingest/read_article.h"
#include "core/text/utf8.h"

namespace synoptic::fuzz {

inline bool on_boundary(const std::string& text, uint32_t at) {
    return at == text.size() || (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
}

inline void check_article(const Article& a) {
    if (!is_valid_utf8(a.text)) std::abort();
    uint32_t previous_end = 0;
    for (const Paragraph& p : a.paragraphs) {
        if (p.span.begin > p.span.end || p.span.end > a.text.size()) std::abort();
        if (!on_boundary(a.text, p.span.begin) || !on_boundary(a.text, p.span.end)) std::abort();
    }
    for (const Sentence& s : a.sentences) {
        if (s.span.begin >= s.span.end || s.span.end > a.text.size()) std::abort();
        if (s.span.begin < previous_end && s.paragraph != 0) std::abort();
        if (!on_boundary(a.text, s.span.begin) || !on_boundary(a.text, s.span.end)) std::abort();
        if (s.paragraph >= a.paragraphs.size()) std::abort();
        const ByteSpan p = a.paragraphs[s.paragraph].span;
        if (s.span.begin < p.begin || s.span.end > p.end) std::abort();
        previous_end = s.span.end;
    }
}

inline void read_and_check(std::string_view bytes, const ReadOptions& options) {
    Result<Article> a = read_article(bytes, options);
    if (!a) {
        if (a.error().message.empty()) std::abort();
        return;
    }
    check_article(*a);
}

} // namespace synoptic::fuzz
