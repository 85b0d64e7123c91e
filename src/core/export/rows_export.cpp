#include "core/export/rows_export.h"

#include "core/export/alignment_export.h"

namespace synoptic {
namespace {

std::string language_or_und(const Article& article) {
    return article.language.empty() ? "und" : article.language;
}

} // namespace

std::string tsv_field(std::string_view text) {
    if (text.find_first_of("\"\t\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string rows_tsv(const std::vector<Article>& articles, const std::vector<AlignedRow>& rows) {
    std::string out;
    for (size_t k = 0; k < articles.size(); ++k) out += (k ? "\t" : "") + tsv_field(articles[k].name);
    out += '\n';
    for (const AlignedRow& row : rows) {
        for (size_t k = 0; k < articles.size(); ++k) {
            if (k) out += '\t';
            if (k < row.sentences.size()) out += tsv_field(articles[k].joined_text(row.sentences[k]));
        }
        out += '\n';
    }
    return out;
}

std::string rows_tmx(const std::vector<Article>& articles, const std::vector<AlignedRow>& rows) {
    const std::string source_language = articles.empty() ? "und" : xml_escape(language_or_und(articles[0]));
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n";
    out += "  <header creationtool=\"synoptic\" creationtoolversion=\"1\" segtype=\"sentence\" "
           "o-tmf=\"synoptic\" adminlang=\"en\" srclang=\"" + source_language + "\" datatype=\"plaintext\"/>\n";
    out += "  <body>\n";
    for (size_t r = 0; r < rows.size(); ++r) {
        out += "    <tu tuid=\"" + std::to_string(r + 1) + "\">\n";
        for (size_t k = 0; k < articles.size() && k < rows[r].sentences.size(); ++k) {
            if (rows[r].sentences[k].empty()) continue;
            out += "      <tuv xml:lang=\"" + xml_escape(language_or_und(articles[k])) + "\"><seg>" +
                   xml_escape(articles[k].joined_text(rows[r].sentences[k])) + "</seg></tuv>\n";
        }
        out += "    </tu>\n";
    }
    out += "  </body>\n</tmx>\n";
    return out;
}

} // namespace synoptic
