#include "core/ingest/plain_text_reader.h"

#include <cctype>

#include "core/ingest/metadata_text.h"
#include "core/ingest/paragraphs.h"

namespace synoptic {

namespace {

struct SeedHeader {
    std::string date;
    ByteSpan title;     // may be empty
    uint32_t body_begin = 0;
};

// " date 2026-02-07 Title": optional spaces, the word "date", an ISO date.
bool parse_seed_header(std::string_view text, SeedHeader& header) {
    size_t line_end = text.find('\n');
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t p = 0;
    while (p < line_end && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (text.substr(p, 5) != "date ") return false;
    p += 5;
    while (p < line_end && text[p] == ' ') ++p;
    const std::string_view date = text.substr(p, 10);
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    header.date = std::string(date);
    header.title = trim_span(text, {static_cast<uint32_t>(p + 10), static_cast<uint32_t>(line_end)});
    header.body_begin = static_cast<uint32_t>(std::min(line_end + 1, text.size()));
    return true;
}

bool ends_like_a_sentence(std::string_view s) {
    return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// A first line that reads as a headline: short and not a finished sentence.
bool looks_like_title(std::string_view line) {
    return line.size() > 0 && line.size() <= 300 && !ends_like_a_sentence(line);
}

void read_metadata_lines(Article& article) {
    ArticleMetadata& meta = article.meta;
    // A date printed near the top ("07.02.2026 00:06", "تاريخ النشر: 18th, May 2024").
    for (size_t i = 0; i < article.paragraphs.size() && i < 6 && meta.date.empty(); ++i) {
        const std::string_view p = article.slice(article.paragraphs[i].span);
        if (p.size() < 80) meta.date = find_date(p);
    }
    if (meta.source.empty())
        for (const Paragraph& p : article.paragraphs) {
            std::string source = source_from_line(article.slice(p.span));
            if (!source.empty()) meta.source = source;
        }
}

} // namespace

void read_plain_text(Article& article) {
    const std::string_view text = article.text;
    ByteSpan body{0, static_cast<uint32_t>(text.size())};
    SeedHeader header;
    const bool has_header = parse_seed_header(text, header);
    if (has_header) {
        article.meta.date = header.date;
        body.begin = header.body_begin;
    }
    const std::vector<ByteSpan> spans = split_paragraphs(text, body);
    for (const ByteSpan& s : spans) article.paragraphs.push_back({s, "und", 0});

    if (has_header && header.title.size() > 0) {
        const std::string_view title = article.slice(header.title);
        if (is_language_tag(title)) {
            // " date 2026-02-07 РУ": the title is the first line of the body.
            article.meta.language_tag = std::string(title);
        } else {
            const std::string_view first = spans.empty() ? std::string_view() : article.slice(spans[0]);
            // "Title - Site" in the header and "Title" as the first line: the
            // suffix is the site, the line the title.
            if (!first.empty() && title.size() > first.size() && title.substr(0, first.size()) == first) {
                std::string_view rest = title.substr(first.size());
                while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-' || rest.front() == '|'))
                    rest.remove_prefix(1);
                article.meta.source = std::string(rest);
            } else if (first != title) {
                // The title lives only in the header: it becomes paragraph 0,
                // its span inside the header line.
                article.paragraphs.insert(article.paragraphs.begin(), Paragraph{header.title, "und", 0});
            }
        }
    }
    if (!article.paragraphs.empty()) {
        const std::string_view first = article.slice(article.paragraphs[0].span);
        if (has_header || looks_like_title(first)) article.meta.title = std::string(first);
    }
    read_metadata_lines(article);
}

} // namespace synoptic
