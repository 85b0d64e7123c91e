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

namespace {
bool same_pair(ArticleId a1, ArticleId b1, ArticleId a2, ArticleId b2) {
    return (a1 == a2 && b1 == b2) || (a1 == b2 && b1 == a2);
}
} // namespace

const PairMode* DocumentState::chosen_pair_mode(ArticleId a, ArticleId b) const {
    for (const PairMode& pair : pair_modes)
        if (same_pair(pair.first, pair.second, a, b)) return &pair;
    return nullptr;
}

const PairOutcome* DocumentState::pair_outcome(ArticleId a, ArticleId b) const {
    for (const PairOutcome& outcome : pair_outcomes)
        if (same_pair(outcome.first, outcome.second, a, b)) return &outcome;
    return nullptr;
}

AlignMode DocumentState::mode_for_pair(ArticleId a, ArticleId b) const {
    const PairMode* chosen = chosen_pair_mode(a, b);
    return chosen ? chosen->mode : mode;
}

bool operator==(const PairMode& a, const PairMode& b) {
    return a.first == b.first && a.second == b.second && a.mode == b.mode;
}

bool operator==(const PairOutcome& a, const PairOutcome& b) {
    return a.first == b.first && a.second == b.second && a.mode == b.mode && a.reason == b.reason;
}

bool operator==(const DocumentState& a, const DocumentState& b) {
    return a.articles == b.articles && a.compared == b.compared && a.mode == b.mode && a.pair_modes == b.pair_modes &&
           a.pair_outcomes == b.pair_outcomes && a.rows == b.rows && a.needs_alignment == b.needs_alignment;
}

std::string quoted_name(const DocumentArticle& article) { return "\"" + article.name + "\""; }

} // namespace synoptic
