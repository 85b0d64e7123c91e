#include "core/ingest/markdown_reader.h"

#include <cctype>
#include <string>
#include <vector>

#include "core/ingest/markdown_emphasis.h"
#include "core/ingest/metadata_text.h"
#include "core/ingest/paragraphs.h"

namespace synoptic {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Where the next run of exactly `count` backticks (the end of a code span
// opened by as many) begins at or after `from`; npos when there is none.
size_t closing_backticks(std::string_view s, size_t from, size_t count) {
    for (size_t at = s.find('`', from); at != std::string_view::npos; at = s.find('`', at)) {
        size_t end = at;
        while (end < s.size() && s[end] == '`') ++end;
        if (end - at == count) return at;
        at = end;
    }
    return std::string_view::npos;
}

// What a block line is: its kind and the text after its marker.
enum class LineKind { Blank, Heading, ListItem, Quote, Fence, Rule, Text };

LineKind classify(std::string_view line, std::string_view& content, int& heading_level) {
    const std::string_view t = trim(line);
    content = t;
    heading_level = 0;
    if (t.empty()) return LineKind::Blank;
    if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") return LineKind::Fence;
    if (t.find_first_not_of("-*_ ") == std::string_view::npos && t.size() >= 3) return LineKind::Rule;
    if (t[0] == '#') {
        size_t n = 0;
        while (n < t.size() && t[n] == '#') ++n;
        if (n <= 6 && (n == t.size() || t[n] == ' ')) {
            std::string_view rest = trim(t.substr(n));
            while (!rest.empty() && rest.back() == '#') rest.remove_suffix(1);
            content = trim(rest);
            heading_level = static_cast<int>(n);
            return LineKind::Heading;
        }
    }
    if (t[0] == '>') {
        content = trim(t.substr(1));
        return content.empty() ? LineKind::Blank : LineKind::Quote;
    }
    if ((t[0] == '-' || t[0] == '*' || t[0] == '+') && t.size() > 1 && t[1] == ' ') {
        content = trim(t.substr(2));
        return LineKind::ListItem;
    }
    size_t d = 0;
    while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
    if (d > 0 && d < 4 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') {
        content = trim(t.substr(d + 2));
        return LineKind::ListItem;
    }
    return LineKind::Text;
}

} // namespace

std::string strip_inline_markdown(std::string_view s) {
    std::string out;
    std::vector<DelimiterRun> emphasis; // runs of * _ ~ copied into `out`, markup or not
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
            out += s[++i];
            continue;
        }
        // ![alt](url): images are dropped; [text](url) and [text][ref] keep the text.
        if ((c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '['))) {
            const bool image = c == '!';
            const size_t open = image ? i + 1 : i;
            const size_t close = s.find(']', open);
            if (close != std::string_view::npos && close + 1 < s.size() && (s[close + 1] == '(' || s[close + 1] == '[')) {
                const size_t end = s.find(s[close + 1] == '(' ? ')' : ']', close + 1);
                if (end != std::string_view::npos) {
                    if (!image) out += strip_inline_markdown(s.substr(open + 1, close - open - 1));
                    i = end;
                    continue;
                }
            }
        }
        // <https://...> autolinks keep the address.
        if (c == '<') {
            const size_t end = s.find('>', i);
            if (end != std::string_view::npos && (s.substr(i + 1, 4) == "http" || s.substr(i + 1, 7) == "mailto:")) {
                out += s.substr(i + 1, end - i - 1);
                i = end;
                continue;
            }
        }
        // `code` keeps its text as written: no emphasis inside.
        if (c == '`') {
            size_t run = i;
            while (run < s.size() && s[run] == '`') ++run;
            const size_t close = closing_backticks(s, run, run - i);
            if (close != std::string_view::npos) out += s.substr(run, close - run);
            i = (close != std::string_view::npos ? close + (run - i) : run) - 1;
            continue;
        }
        if (c == '*' || c == '_' || c == '~') {
            size_t run = i;
            while (run < s.size() && s[run] == c) ++run;
            emphasis.push_back(delimiter_run(s, i, run, out.size()));
            out += s.substr(i, run - i);
            i = run - 1;
            continue;
        }
        out += c;
    }
    match_emphasis(emphasis);
    return without_matched_markers(out, emphasis);
}

bool looks_like_markdown(std::string_view text) {
    if (text.substr(0, 4) == "---\n") return true;
    size_t headings = 0, links = 0, emphasis = 0;
    size_t pos = 0;
    for (int lines = 0; pos < text.size() && lines < 200; ++lines) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        if (line.substr(0, 2) == "# " || line.substr(0, 3) == "## ") ++headings;
        if (line.find("](") != std::string_view::npos) ++links;
        if (line.find("**") != std::string_view::npos) ++emphasis;
        pos = end + 1;
    }
    return headings > 0 && (links + emphasis + headings) >= 2;
}

void read_markdown(std::string_view md, Article& article) {
    std::vector<std::string> blocks;
    std::string first_heading;
    std::string paragraph;
    const auto flush = [&] {
        std::string t = strip_inline_markdown(paragraph);
        paragraph.clear();
        const std::string_view trimmed = trim(t);
        if (!trimmed.empty()) blocks.emplace_back(trimmed);
    };
    size_t pos = 0;
    // Front matter: "---" lines with "key: value" between them.
    if (md.substr(0, 4) == "---\n") {
        const size_t end = md.find("\n---", 3);
        if (end != std::string_view::npos) {
            std::string_view fm = md.substr(4, end - 4);
            size_t p = 0;
            while (p < fm.size()) {
                size_t e = fm.find('\n', p);
                if (e == std::string_view::npos) e = fm.size();
                const std::string_view line = fm.substr(p, e - p);
                const size_t colon = line.find(':');
                if (colon != std::string_view::npos) {
                    const std::string key(trim(line.substr(0, colon)));
                    std::string value(trim(line.substr(colon + 1)));
                    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
                        value = value.substr(1, value.size() - 2);
                    if (key == "title") article.meta.title = value;
                    else if (key == "date") article.meta.date = find_date(value);
                    else if (key == "source" || key == "site") article.meta.source = value;
                    else if (key == "author") article.meta.author = value;
                    else if (key == "url") article.meta.url = value;
                    else if (key == "lang" || key == "language") article.meta.language_tag = value;
                }
                p = e + 1;
            }
            pos = md.find('\n', end + 1);
            pos = pos == std::string_view::npos ? md.size() : pos + 1;
        }
    }
    bool in_fence = false;
    LineKind previous = LineKind::Blank;
    while (pos < md.size()) {
        size_t end = md.find('\n', pos);
        if (end == std::string_view::npos) end = md.size();
        const std::string_view line = md.substr(pos, end - pos);
        pos = end + 1;
        std::string_view content;
        int level = 0;
        const LineKind kind = classify(line, content, level);
        if (kind == LineKind::Fence) {
            flush();
            in_fence = !in_fence;
            continue;
        }
        if (in_fence) continue; // code is not article text
        switch (kind) {
        case LineKind::Blank: case LineKind::Rule:
            flush();
            break;
        case LineKind::Heading:
            flush();
            if (first_heading.empty() && level == 1) first_heading = strip_inline_markdown(content);
            paragraph = std::string(content);
            flush();
            break;
        case LineKind::ListItem:
            flush();
            paragraph = std::string(content);
            break;
        case LineKind::Quote:
            if (previous != LineKind::Quote) flush();
            if (!paragraph.empty()) paragraph += ' ';
            paragraph += content;
            break;
        case LineKind::Text:
            if (!paragraph.empty()) paragraph += ' ';
            paragraph += content;
            break;
        case LineKind::Fence:
            break;
        }
        previous = kind;
    }
    flush();

    if (article.meta.title.empty()) article.meta.title = first_heading;
    if (article.meta.title.empty() && !blocks.empty() && blocks[0].size() <= 300) article.meta.title = blocks[0];
    if (!article.meta.title.empty() && (blocks.empty() || blocks[0] != article.meta.title))
        blocks.insert(blocks.begin(), article.meta.title);
    set_text_from_blocks(blocks, article);
}

} // namespace synoptic
