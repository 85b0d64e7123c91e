#include "core/session/document_state.h"

namespace synoptic {

bool operator==(const DocumentArticle& a, const DocumentArticle& b) {
    const bool same_bytes = a.bytes == b.bytes || (a.bytes && b.bytes && *a.bytes == *b.bytes);
    return a.id == b.id && a.name == b.name && same_bytes && a.format == b.format && a.language == b.language;
}

bool operator==(const Row& a, const Row& b) {
    return a.sentences == b.sentences && a.score == b.score && a.edited == b.edited && a.checked == b.checked;
}

const DocumentArticle* DocumentState::find(ArticleId id) const {
    for (const DocumentArticle& article : articles)
        if (article.id == id) return &article;
    return nullptr;
}

std::optional<size_t> DocumentState::position_of(ArticleId id) const {
    for (size_t i = 0; i < articles.size(); ++i)
        if (articles[i].id == id) return i;
    return std::nullopt;
}

std::optional<size_t> DocumentState::column_of(ArticleId id) const {
    for (size_t k = 0; k < compared.size(); ++k)
        if (compared[k] == id) return k;
    return std::nullopt;
}

bool operator==(const DocumentState& a, const DocumentState& b) {
    return a.articles == b.articles && a.compared == b.compared && a.mode == b.mode && a.rows == b.rows &&
           a.needs_alignment == b.needs_alignment;
}

std::string quoted_name(const DocumentArticle& article) { return "\"" + article.name + "\""; }

} // namespace synoptic
