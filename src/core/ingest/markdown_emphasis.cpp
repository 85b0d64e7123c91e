#include "core/ingest/markdown_emphasis.h"

#include <algorithm>
#include <cctype>
#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace synoptic {

namespace {

// 0 at either end of the source: a line's ends count as whitespace.
char32_t code_point_before(std::string_view s, size_t i) {
    if (i == 0) return 0;
    size_t start = i - 1;
    while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return next_code_point(s, start);
}

char32_t code_point_at(std::string_view s, size_t i) {
    return i < s.size() ? next_code_point(s, i) : 0;
}

bool is_space(char32_t c) { return c == 0 || u_isUWhiteSpace(static_cast<UChar32>(c)); }

// Punctuation and symbols, as CommonMark counts them («», “”, —, :, $ ...).
bool is_punctuation(char32_t c) {
    if (c < 0x80) return c != 0 && std::ispunct(static_cast<int>(c));
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_P_MASK | U_GC_S_MASK)) != 0;
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

} // namespace

DelimiterRun delimiter_run(std::string_view source, size_t begin, size_t end, size_t position) {
    DelimiterRun run;
    run.position = position;
    run.length = end - begin;
    run.marker = source[begin];
    const char32_t before = code_point_before(source, begin), after = code_point_at(source, end);
    // Not in CommonMark: a star between digits is a product (2*3), never emphasis.
    if (run.marker == '*' && is_ascii_digit(before) && is_ascii_digit(after)) return run;
    const bool left_flanking =
        !is_space(after) && (!is_punctuation(after) || is_space(before) || is_punctuation(before));
    const bool right_flanking =
        !is_space(before) && (!is_punctuation(before) || is_space(after) || is_punctuation(after));
    if (run.marker == '_') {
        run.can_open = left_flanking && (!right_flanking || is_punctuation(before));
        run.can_close = right_flanking && (!left_flanking || is_punctuation(after));
    } else {
        run.can_open = left_flanking;
        run.can_close = right_flanking;
    }
    return run;
}

void match_emphasis(std::vector<DelimiterRun>& runs) {
    std::vector<size_t> openers; // indices into runs, innermost last
    // Per marker, kind of closer and length mod 3: how deep in `openers` a
    // search that found nothing reached, so the next one stops there (keeps
    // a line of a thousand stars linear, as CommonMark's openers_bottom does).
    size_t bottom[3][2][3] = {};
    const auto marker_index = [](char m) { return m == '*' ? 0 : m == '_' ? 1 : 2; };
    const auto keep_openers = [&](size_t count) {
        openers.resize(count);
        for (auto& by_kind : bottom)
            for (auto& by_length : by_kind)
                for (size_t& floor : by_length) floor = std::min(floor, count);
    };
    for (size_t r = 0; r < runs.size(); ++r) {
        DelimiterRun& closer = runs[r];
        size_t& floor = bottom[marker_index(closer.marker)][closer.can_open][closer.length % 3];
        while (closer.can_close && closer.matched < closer.length) {
            size_t found = openers.size();
            for (size_t k = openers.size(); k-- > floor;) {
                const DelimiterRun& opener = runs[openers[k]];
                if (opener.marker != closer.marker) continue;
                // CommonMark's rule of 3: "*a**b*" pairs the single stars.
                const bool both_ways = opener.can_close || closer.can_open;
                if (both_ways && (opener.length + closer.length) % 3 == 0 &&
                    (opener.length % 3 != 0 || closer.length % 3 != 0))
                    continue;
                found = k;
                break;
            }
            if (found == openers.size()) {
                floor = openers.size();
                break;
            }
            DelimiterRun& opener = runs[openers[found]];
            const size_t left = opener.length - opener.matched, right = closer.length - closer.matched;
            const size_t n = left >= 2 && right >= 2 ? 2 : 1;
            opener.matched += n;
            closer.matched += n;
            // Runs opened inside the pair and not closed there stay text.
            keep_openers(opener.matched < opener.length ? found + 1 : found);
        }
        if (closer.can_open && closer.matched < closer.length) openers.push_back(r);
    }
}

std::string without_matched_markers(const std::string& text, const std::vector<DelimiterRun>& runs) {
    std::string out;
    out.reserve(text.size());
    size_t copied = 0;
    for (const DelimiterRun& run : runs) {
        if (run.matched == 0) continue;
        out.append(text, copied, run.position - copied);
        copied = run.position + run.matched;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

} // namespace synoptic
