// Data the evidence benchmarks read: one-sentence-per-line texts, the gold
// bead file, and gettext .mo catalogs (parallel text keyed by msgid).
#pragma once
#include <cstdint>
#include <cstring>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "bench/support/bench_files.h"
#include "core/ingest/article.h"

namespace synoptic::bench {

// An Article whose sentences are the given strings, in order.
inline Article article_of(const std::vector<std::string>& sentences, const std::string& language) {
    Article a;
    a.language = language;
    a.paragraphs.push_back({});
    for (const std::string& s : sentences) {
        Sentence sentence;
        sentence.span.begin = static_cast<uint32_t>(a.text.size());
        a.text += s;
        sentence.span.end = static_cast<uint32_t>(a.text.size());
        sentence.language = language;
        a.text += "\n";
        a.sentences.push_back(sentence);
    }
    a.paragraphs[0].span = {0, static_cast<uint32_t>(a.text.size())};
    a.paragraphs[0].language = language;
    return a;
}

inline std::vector<std::string> read_lines(const std::string& path) {
    std::vector<std::string> lines;
    std::istringstream in(read_file(path));
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

using Bead = std::pair<std::vector<int>, std::vector<int>>;

// "[3, 4]:[5]" lines.
inline std::vector<Bead> read_gold(const std::string& path) {
    std::vector<Bead> beads;
    for (const std::string& line : read_lines(path)) {
        size_t colon = line.find("]:[");
        if (colon == std::string::npos) continue;
        auto parse = [](std::string s) {
            std::vector<int> v;
            for (char& c : s)
                if (c == '[' || c == ']' || c == ',') c = ' ';
            std::istringstream in(s);
            int x;
            while (in >> x) v.push_back(x);
            return v;
        };
        beads.push_back({parse(line.substr(0, colon + 1)), parse(line.substr(colon + 2))});
    }
    return beads;
}

// A gettext .mo catalog: msgid → msgstr (plural forms: the first one).
inline std::map<std::string, std::string> read_mo(const std::string& path) {
    std::map<std::string, std::string> out;
    std::string data = read_file(path);
    if (data.size() < 28) return out;
    auto u32 = [&data](size_t at) {
        uint32_t v;
        std::memcpy(&v, data.data() + at, 4);
        return v;
    };
    if (u32(0) != 0x950412de) return out; // little-endian catalogs only (Debian's)
    uint32_t n = u32(8), ids = u32(12), strs = u32(16);
    for (uint32_t i = 0; i < n; ++i) {
        uint32_t il = u32(ids + 8 * i), io = u32(ids + 8 * i + 4);
        uint32_t sl = u32(strs + 8 * i), so = u32(strs + 8 * i + 4);
        if (io + il > data.size() || so + sl > data.size() || il == 0) continue;
        std::string id(data, io, strnlen(data.data() + io, il));
        std::string str(data, so, strnlen(data.data() + so, sl));
        if (id.find('\x04') != std::string::npos) id = id.substr(id.find('\x04') + 1); // context
        if (!str.empty()) out[id] = str;
    }
    return out;
}

} // namespace synoptic::bench
