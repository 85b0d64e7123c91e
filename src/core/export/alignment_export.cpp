#include "core/export/alignment_export.h"

#include "core/align/align_mode.h"
#include "core/text/whitespace.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include <nlohmann/json.hpp>

namespace synoptic {
namespace {

std::string score_text(double score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", score);
    return buffer;
}

// Beads for the text formats: the beads of a parallel alignment, or one
// pseudo-bead per link in comparable mode.
std::vector<Bead> pairs_to_write(const Alignment& alignment) {
    if (!alignment.beads.empty()) return alignment.beads;
    std::vector<Bead> beads;
    for (const Link& link : alignment.links) beads.push_back({{link.a}, {link.b}, link.score});
    return beads;
}

// Decodes one UTF-8 code point at text[i]; returns its length (1 for a bad byte).
size_t code_point_at(std::string_view text, size_t i, uint32_t& cp) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (length == 0 || i + length > text.size()) {
        cp = 0xFFFD;
        return 1;
    }
    cp = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < length; ++k) {
        const auto d = static_cast<unsigned char>(text[i + k]);
        if ((d >> 6) != 2) {
            cp = 0xFFFD;
            return 1;
        }
        cp = (cp << 6) | (d & 0x3F);
    }
    return length;
}

} // namespace

bool parse_alignment_format(std::string_view name, AlignmentFormat& format) {
    if (name == "beads") format = AlignmentFormat::Beads;
    else if (name == "links") format = AlignmentFormat::Links;
    else if (name == "tsv") format = AlignmentFormat::Tsv;
    else if (name == "json") format = AlignmentFormat::Json;
    else if (name == "tmx") format = AlignmentFormat::Tmx;
    else return false;
    return true;
}

std::vector<Bead> beads_from_links(const Alignment& alignment, uint32_t sentences_a, uint32_t sentences_b) {
    // Union-find over A sentences (0..na-1) and B sentences (na..na+nb-1).
    std::vector<uint32_t> parent(sentences_a + sentences_b);
    std::iota(parent.begin(), parent.end(), 0u);
    auto find = [&](uint32_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    for (const Link& link : alignment.links)
        if (link.a < sentences_a && link.b < sentences_b) parent[find(link.a)] = find(sentences_a + link.b);
    std::vector<int> bead_of_root(parent.size(), -1);
    std::vector<Bead> beads;
    for (uint32_t x = 0; x < parent.size(); ++x) {
        const uint32_t root = find(x);
        if (bead_of_root[root] < 0) {
            bead_of_root[root] = static_cast<int>(beads.size());
            beads.emplace_back();
        }
        Bead& bead = beads[static_cast<size_t>(bead_of_root[root])];
        if (x < sentences_a) bead.a.push_back(x);
        else bead.b.push_back(x - sentences_a);
    }
    for (Bead& bead : beads) {
        double best = 0;
        for (const Link& link : alignment.links)
            if (std::find(bead.a.begin(), bead.a.end(), link.a) != bead.a.end()) best = std::max(best, link.score);
        bead.score = best;
    }
    return beads;
}

std::string export_beads(const Alignment& alignment) {
    std::string out;
    auto write = [&](const std::vector<uint32_t>& ids) {
        out += '[';
        for (size_t k = 0; k < ids.size(); ++k) {
            if (k) out += ", ";
            out += std::to_string(ids[k]);
        }
        out += ']';
    };
    for (const Bead& bead : alignment.beads) {
        write(bead.a);
        out += ':';
        write(bead.b);
        out += '\n';
    }
    return out;
}

std::string export_links(const Alignment& alignment) {
    std::string out;
    for (const Link& link : alignment.links)
        out += std::to_string(link.a) + '\t' + std::to_string(link.b) + '\t' + score_text(link.score) + '\n';
    return out;
}

std::string export_tsv(const Article& a, const Article& b, const Alignment& alignment) {
    std::string out;
    for (const Bead& bead : pairs_to_write(alignment))
        out += collapse_whitespace(a.joined_text(bead.a)) + '\t' + collapse_whitespace(b.joined_text(bead.b)) + '\n';
    return out;
}

std::string export_json(const Article& a, const Article& b, const Alignment& alignment) {
    using nlohmann::json;
    auto article_json = [](const Article& article) {
        json sentences = json::array();
        for (size_t i = 0; i < article.sentences.size(); ++i) sentences.push_back(std::string(article.sentence_text(i)));
        return json{{"name", article.name}, {"language", article.language}, {"sentences", sentences}};
    };
    json beads = json::array();
    for (const Bead& bead : alignment.beads)
        beads.push_back({{"a", bead.a}, {"b", bead.b}, {"score", bead.score}});
    json links = json::array();
    for (const Link& link : alignment.links) links.push_back({{"a", link.a}, {"b", link.b}, {"score", link.score}});
    json out = {{"mode", align_mode_name(alignment.mode)},
                {"mode_reason", alignment.mode_reason},
                {"a", article_json(a)},
                {"b", article_json(b)},
                {"beads", beads},
                {"links", links}};
    // Invalid UTF-8 in an article must not abort the export.
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        uint32_t cp = 0;
        const size_t length = code_point_at(text, i, cp);
        const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                             (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
        if (!allowed) {
            i += length;
            continue;
        }
        switch (text[i]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
            if (cp == 0xFFFD && length == 1) out += "\xEF\xBF\xBD";
            else out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

std::string export_tmx(const Article& a, const Article& b, const Alignment& alignment) {
    const std::string lang_a = xml_escape(a.language.empty() ? "und" : a.language);
    const std::string lang_b = xml_escape(b.language.empty() ? "und" : b.language);
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n";
    out += "  <header creationtool=\"synoptic\" creationtoolversion=\"1\" segtype=\"sentence\" "
           "o-tmf=\"synoptic\" adminlang=\"en\" srclang=\"" + lang_a + "\" datatype=\"plaintext\"/>\n";
    out += "  <body>\n";
    for (const Bead& bead : pairs_to_write(alignment)) {
        if (bead.a.empty() || bead.b.empty()) continue;
        out += "    <tu>\n";
        out += "      <tuv xml:lang=\"" + lang_a + "\"><seg>" + xml_escape(a.joined_text(bead.a)) + "</seg></tuv>\n";
        out += "      <tuv xml:lang=\"" + lang_b + "\"><seg>" + xml_escape(b.joined_text(bead.b)) + "</seg></tuv>\n";
        out += "    </tu>\n";
    }
    out += "  </body>\n</tmx>\n";
    return out;
}

std::string export_alignment(AlignmentFormat format, const Article& a, const Article& b, const Alignment& alignment) {
    switch (format) {
    case AlignmentFormat::Beads: {
        if (!alignment.beads.empty()) return export_beads(alignment);
        // Comparable mode (or no links at all): still cover every sentence.
        Alignment as_beads = alignment;
        as_beads.beads = beads_from_links(alignment, static_cast<uint32_t>(a.sentences.size()),
                                          static_cast<uint32_t>(b.sentences.size()));
        return export_beads(as_beads);
    }
    case AlignmentFormat::Links: return export_links(alignment);
    case AlignmentFormat::Tsv: return export_tsv(a, b, alignment);
    case AlignmentFormat::Json: return export_json(a, b, alignment);
    case AlignmentFormat::Tmx: return export_tmx(a, b, alignment);
    }
    return {};
}

} // namespace synoptic
