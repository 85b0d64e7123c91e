// The compared articles (and their features) in column order, as the core's
// compare and export functions take them. They are moved out of the
// workspace for the lender's lifetime and moved back when it ends: copying
// them would double what a book-length pair takes in memory. While lent, the
// workspace's slots for them are empty.
#pragma once
#include <vector>

#include "app/app.h"

namespace synoptic::app {

class LentArticles {
public:
    LentArticles(Workspace& workspace, const std::vector<int>& indices) : workspace_(workspace), indices_(indices) {
        for (int index : indices_) {
            articles_.push_back(std::move(workspace_.articles[size_t(index)]));
            features_.push_back(std::move(workspace_.features[size_t(index)]));
        }
    }
    ~LentArticles() {
        for (size_t k = 0; k < indices_.size(); ++k) {
            workspace_.articles[size_t(indices_[k])] = std::move(articles_[k]);
            workspace_.features[size_t(indices_[k])] = std::move(features_[k]);
        }
    }
    LentArticles(const LentArticles&) = delete;
    LentArticles& operator=(const LentArticles&) = delete;

    const std::vector<Article>& articles() const { return articles_; }
    const std::vector<std::vector<SentenceFeatures>>& features() const { return features_; }

private:
    Workspace& workspace_;
    const std::vector<int> indices_; // distinct: an article cannot be lent twice
    std::vector<Article> articles_;
    std::vector<std::vector<SentenceFeatures>> features_;
};

} // namespace synoptic::app
