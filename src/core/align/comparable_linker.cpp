#include "core/align/comparable_linker.h"

#include <algorithm>
#include <functional>

namespace synoptic {
namespace {

// Mean of the k largest values (fewer when there are fewer).
float mean_of_top(std::vector<float>& values, uint32_t k) {
    if (values.empty()) return 0;
    const size_t take = std::min<size_t>(k, values.size());
    std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(take), values.end(),
                      std::greater<float>());
    float sum = 0;
    for (size_t i = 0; i < take; ++i) sum += values[i];
    return sum / static_cast<float>(take);
}

// Keeps the ratio finite where a sentence has no neighbour at all.
constexpr float kMarginEpsilon = 0.02f;

} // namespace

SimilarityMatrix similarity_matrix(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                                   const std::function<double(const SentenceFeatures&, const SentenceFeatures&)>& similarity) {
    SimilarityMatrix m;
    m.rows = static_cast<uint32_t>(a.size());
    m.cols = static_cast<uint32_t>(b.size());
    m.values.resize(a.size() * b.size());
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = 0; j < b.size(); ++j) m.values[i * b.size() + j] = static_cast<float>(similarity(a[i], b[j]));
    return m;
}

std::vector<float> margin_matrix(const SimilarityMatrix& m, uint32_t neighbours) {
    std::vector<float> row_knn(m.rows), col_knn(m.cols), scratch;
    for (uint32_t i = 0; i < m.rows; ++i) {
        scratch.assign(m.values.begin() + static_cast<std::ptrdiff_t>(i) * m.cols,
                       m.values.begin() + static_cast<std::ptrdiff_t>(i + 1) * m.cols);
        row_knn[i] = mean_of_top(scratch, neighbours);
    }
    for (uint32_t j = 0; j < m.cols; ++j) {
        scratch.clear();
        for (uint32_t i = 0; i < m.rows; ++i) scratch.push_back(m.at(i, j));
        col_knn[j] = mean_of_top(scratch, neighbours);
    }
    // A side with one candidate only is its own neighbour: it says nothing of
    // what is typical, so the margin rests on the other side (and on the
    // similarity alone for two one-sentence reports, such as two headlines).
    const bool rows_informative = m.cols > 1, cols_informative = m.rows > 1;
    std::vector<float> margins(m.values.size());
    for (uint32_t i = 0; i < m.rows; ++i)
        for (uint32_t j = 0; j < m.cols; ++j) {
            float typical = 0;
            if (rows_informative && cols_informative) typical = (row_knn[i] + col_knn[j]) / 2;
            else if (rows_informative) typical = row_knn[i];
            else if (cols_informative) typical = col_knn[j];
            margins[static_cast<size_t>(i) * m.cols + j] = m.at(i, j) / (typical + kMarginEpsilon);
        }
    return margins;
}

std::vector<Link> link_comparable(const SimilarityMatrix& m, const ComparableOptions& options) {
    const std::vector<float> margins = margin_matrix(m, options.neighbours);
    auto candidate = [&](uint32_t i, uint32_t j) {
        return m.at(i, j) >= options.min_similarity && margins[static_cast<size_t>(i) * m.cols + j] >= options.min_margin;
    };
    std::vector<float> best_of_row(m.rows, 0), best_of_col(m.cols, 0);
    for (uint32_t i = 0; i < m.rows; ++i)
        for (uint32_t j = 0; j < m.cols; ++j) {
            if (!candidate(i, j)) continue;
            const float margin = margins[static_cast<size_t>(i) * m.cols + j];
            best_of_row[i] = std::max(best_of_row[i], margin);
            best_of_col[j] = std::max(best_of_col[j], margin);
        }
    // A link stands when it is (nearly) the best of either of its sentences:
    // the union of both directions, so one sentence may gather several.
    std::vector<Link> links;
    for (uint32_t i = 0; i < m.rows; ++i)
        for (uint32_t j = 0; j < m.cols; ++j) {
            if (!candidate(i, j)) continue;
            const float margin = margins[static_cast<size_t>(i) * m.cols + j];
            if (margin >= options.near_best * best_of_row[i] || margin >= options.near_best * best_of_col[j])
                links.push_back({i, j, m.at(i, j)});
        }
    return links;
}

} // namespace synoptic
