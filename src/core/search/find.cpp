#include "core/search/find.h"

#include "core/search/find_index.h"
#include "core/text/utf8.h"

namespace synoptic {

std::vector<TextMatch> find_in_article(const Article& article, std::string_view query, const FindOptions& options) {
    FindIndex index(article);
    return index.find(prepare_find_query(query, options));
}

std::string_view match_text(const Article& article, const TextMatch& match) {
    if (match.sentence >= article.sentences.size()) return {};
    const std::string_view text = article.sentence_text(match.sentence);
    size_t pos = 0, begin = text.size();
    for (uint32_t cp = 0; pos < text.size() && cp < match.end; ++cp) {
        if (cp == match.start) begin = pos;
        next_code_point(text, pos);
    }
    return begin < pos ? text.substr(begin, pos - begin) : std::string_view();
}

} // namespace synoptic
