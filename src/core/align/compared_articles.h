// The articles of one comparison, in column order, with their sentences'
// features, borrowed from whoever owns them: the page's document keeps each
// article once, shared with its undo history, so aligning must not copy them
// (a book's features take far more memory than its text).
#pragma once
#include <vector>

#include "core/features/sentence_features.h"
#include "core/ingest/article.h"

namespace synoptic {

struct ComparedArticles {
    std::vector<const Article*> articles;
    std::vector<const std::vector<SentenceFeatures>*> features; // features[k] belongs to articles[k]

    size_t size() const { return articles.size(); }
    const Article& article(size_t k) const { return *articles[k]; }
    const std::vector<SentenceFeatures>& features_of(size_t k) const { return *features[k]; }
};

// Borrows articles and features kept side by side in two vectors.
inline ComparedArticles borrow_articles(const std::vector<Article>& articles,
                                        const std::vector<std::vector<SentenceFeatures>>& features) {
    ComparedArticles compared;
    for (size_t k = 0; k < articles.size() && k < features.size(); ++k) {
        compared.articles.push_back(&articles[k]);
        compared.features.push_back(&features[k]);
    }
    return compared;
}

} // namespace synoptic
