#include "core/align/bead_score.h"

#include <array>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace synoptic {
namespace {

using BeadKey = std::pair<std::vector<uint32_t>, std::vector<uint32_t>>;

void append_list(std::string& out, const std::vector<uint32_t>& ids) {
    out += '[';
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ", ";
        out += std::to_string(ids[i]);
    }
    out += ']';
}

// Parses "[1, 2]" starting at text[pos]; advances pos past the ']'.
bool parse_list(std::string_view text, size_t& pos, std::vector<uint32_t>& ids) {
    auto skip_space = [&] {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    };
    skip_space();
    if (pos >= text.size() || text[pos] != '[') return false;
    ++pos;
    skip_space();
    if (pos < text.size() && text[pos] == ']') {
        ++pos;
        return true;
    }
    for (;;) {
        skip_space();
        if (pos >= text.size() || !std::isdigit(static_cast<unsigned char>(text[pos]))) return false;
        uint64_t value = 0;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
            value = value * 10 + static_cast<uint64_t>(text[pos] - '0');
            if (value > 0xFFFFFFFFu) return false;
            ++pos;
        }
        ids.push_back(static_cast<uint32_t>(value));
        skip_space();
        if (pos < text.size() && text[pos] == ',') {
            ++pos;
            continue;
        }
        if (pos < text.size() && text[pos] == ']') {
            ++pos;
            return true;
        }
        return false;
    }
}

// score.py's _precision: counts {tp strict, fp strict, tp lax, fp lax}.
std::array<long, 4> precision_counts(const std::vector<BeadKey>& gold_beads,
                                     const std::vector<BeadKey>& test_beads) {
    std::set<BeadKey> gold, test;
    for (const auto& b : gold_beads)
        if (!b.first.empty() || !b.second.empty()) gold.insert(b);
    for (const auto& b : test_beads)
        if (!b.first.empty() || !b.second.empty()) test.insert(b);

    std::unordered_map<uint32_t, std::set<uint32_t>> gold_targets_of_source;
    for (const auto& [src, tgt] : gold)
        for (uint32_t s : src)
            for (uint32_t t : tgt) gold_targets_of_source[s].insert(t);

    std::array<long, 4> counts{0, 0, 0, 0};
    for (const auto& bead : test) {
        if (gold.count(bead)) {
            ++counts[0];
            ++counts[2];
            continue;
        }
        ++counts[1];
        bool overlaps = false;
        for (uint32_t s : bead.first) {
            auto it = gold_targets_of_source.find(s);
            if (it == gold_targets_of_source.end()) continue;
            for (uint32_t t : bead.second)
                if (it->second.count(t)) overlaps = true;
        }
        if (overlaps)
            ++counts[2];
        else
            ++counts[3];
    }
    return counts;
}

std::vector<BeadKey> keys_of(const std::vector<Bead>& beads, bool drop_deletions) {
    std::vector<BeadKey> keys;
    for (const Bead& b : beads) {
        if (drop_deletions && (b.a.empty() || b.b.empty())) continue;
        keys.emplace_back(b.a, b.b);
    }
    return keys;
}

double ratio(long hits, long misses) {
    return hits + misses == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(hits + misses);
}
double harmonic(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

} // namespace

std::string format_bead(const Bead& bead) {
    std::string out;
    append_list(out, bead.a);
    out += ':';
    append_list(out, bead.b);
    return out;
}

std::string format_beads(const std::vector<Bead>& beads) {
    std::string out;
    for (const Bead& b : beads) {
        out += format_bead(b);
        out += '\n';
    }
    return out;
}

Result<std::vector<Bead>> parse_beads(std::string_view text) {
    std::vector<Bead> beads;
    size_t line_number = 0;
    while (!text.empty()) {
        size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++line_number;
        bool blank = true;
        for (char c : line)
            if (!std::isspace(static_cast<unsigned char>(c))) blank = false;
        if (blank) continue;
        Bead bead;
        size_t pos = 0;
        bool ok = parse_list(line, pos, bead.a);
        while (ok && pos < line.size() && std::isspace(static_cast<unsigned char>(line[pos]))) ++pos;
        ok = ok && pos < line.size() && line[pos] == ':';
        if (ok) ++pos;
        ok = ok && parse_list(line, pos, bead.b);
        while (ok && pos < line.size() && std::isspace(static_cast<unsigned char>(line[pos]))) ++pos;
        if (!ok || pos != line.size())
            return Error{"bead line " + std::to_string(line_number) + " is not of the form [i, ...]:[j, ...]: " +
                         std::string(line)};
        beads.push_back(std::move(bead));
    }
    return beads;
}

BeadScores score_bead_sets(const std::vector<std::vector<Bead>>& golds,
                           const std::vector<std::vector<Bead>>& tests) {
    std::array<long, 4> p{0, 0, 0, 0}, r{0, 0, 0, 0};
    for (size_t d = 0; d < golds.size() && d < tests.size(); ++d) {
        auto pc = precision_counts(keys_of(golds[d], false), keys_of(tests[d], false));
        // Recall is precision with the roles swapped and deletions dropped.
        auto rc = precision_counts(keys_of(tests[d], true), keys_of(golds[d], true));
        for (int k = 0; k < 4; ++k) {
            p[k] += pc[k];
            r[k] += rc[k];
        }
    }
    BeadScores s;
    s.precision_strict = ratio(p[0], p[1]);
    s.precision_lax = ratio(p[2], p[3]);
    s.recall_strict = ratio(r[0], r[1]);
    s.recall_lax = ratio(r[2], r[3]);
    s.f1_strict = harmonic(s.precision_strict, s.recall_strict);
    s.f1_lax = harmonic(s.precision_lax, s.recall_lax);
    return s;
}

BeadScores score_beads(const std::vector<Bead>& gold, const std::vector<Bead>& test) {
    return score_bead_sets({gold}, {test});
}

} // namespace synoptic
