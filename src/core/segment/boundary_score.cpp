#include "core/segment/boundary_score.h"

#include <algorithm>
#include <set>

namespace synoptic {

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The text without whitespace and the boundary positions in it. No-break
// spaces count as whitespace too (U+00A0 is C2 A0).
struct Squeezed {
    std::string text;
    std::set<size_t> boundaries;
};

Squeezed squeeze(const std::vector<std::string_view>& sentences) {
    Squeezed out;
    for (size_t i = 0; i < sentences.size(); ++i) {
        const std::string_view s = sentences[i];
        for (size_t k = 0; k < s.size(); ++k) {
            if (is_ascii_space(s[k])) continue;
            if (s[k] == '\xC2' && k + 1 < s.size() && s[k + 1] == '\xA0') {
                ++k;
                continue;
            }
            out.text += s[k];
        }
        if (i + 1 < sentences.size()) out.boundaries.insert(out.text.size());
    }
    out.boundaries.erase(0);
    out.boundaries.erase(out.text.size());
    return out;
}

} // namespace

BoundaryScore score_boundaries(const std::vector<std::string_view>& gold,
                               const std::vector<std::string_view>& predicted) {
    const Squeezed g = squeeze(gold), p = squeeze(predicted);
    BoundaryScore score;
    score.gold = g.boundaries.size();
    score.predicted = p.boundaries.size();
    score.same_text = g.text == p.text;
    for (size_t b : p.boundaries) score.correct += g.boundaries.count(b);
    return score;
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        while (!line.empty() && is_ascii_space(line.back())) line.remove_suffix(1);
        if (!line.empty()) lines.push_back(line);
        pos = end + 1;
    }
    return lines;
}

std::vector<std::string> boundary_differences(const std::vector<std::string_view>& gold,
                                              const std::vector<std::string_view>& predicted) {
    const Squeezed g = squeeze(gold), p = squeeze(predicted);
    std::vector<std::string> out;
    const auto context = [&](size_t at, const char* what) {
        size_t b = at >= 60 ? at - 60 : 0, e = std::min(p.text.size(), at + 60);
        // Keep whole UTF-8 sequences.
        while (b > 0 && (static_cast<unsigned char>(p.text[b]) & 0xC0) == 0x80) --b;
        while (e < p.text.size() && (static_cast<unsigned char>(p.text[e]) & 0xC0) == 0x80) ++e;
        out.push_back(std::string(what) + ": " + p.text.substr(b, at - b) + " ‖ " + p.text.substr(at, e - at));
    };
    if (g.text != p.text) {
        out.push_back("the two sides are not the same text");
        return out;
    }
    for (size_t b : g.boundaries)
        if (!p.boundaries.count(b)) context(b, "missed");
    for (size_t b : p.boundaries)
        if (!g.boundaries.count(b)) context(b, "extra");
    return out;
}

} // namespace synoptic
