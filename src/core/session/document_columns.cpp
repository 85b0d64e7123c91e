#include "core/session/document_columns.h"

namespace synoptic {

std::vector<Article> named_columns(const DocumentState& state) {
    std::vector<Article> columns;
    columns.reserve(state.compared.size());
    for (size_t k = 0; k < state.compared.size(); ++k) {
        const DocumentArticle& article = state.column_article(k);
        columns.push_back(article.article());
        columns.back().name = article.name;
    }
    return columns;
}

std::vector<AlignedRow> aligned_rows(const std::vector<Row>& rows) {
    return std::vector<AlignedRow>(rows.begin(), rows.end());
}

Comparison comparison_of_rows(const DocumentState& state, const std::vector<Article>& columns) {
    ComparedArticles compared;
    for (size_t k = 0; k < columns.size(); ++k) {
        compared.articles.push_back(&columns[k]);
        compared.features.push_back(&state.column_article(k).analysis->features);
    }
    return compare_rows(compared, aligned_rows(state.rows));
}

} // namespace synoptic
