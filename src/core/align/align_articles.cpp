#include "core/align/align_articles.h"

#include <cstdio>
#include <set>
#include <utility>

#include "core/align/similarity.h"

namespace synoptic {
namespace {

// For texts too long for a matrix: the share of rare shared keys that lie on
// one monotonic chain. Translations put nearly all of them there.
AlignMode judge_long_texts(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                           std::string& reason) {
    auto points = shared_rare_keys(a, b);
    double total = 0, on_chain = 0;
    for (const auto& p : points) total += p.weight;
    auto chain = monotonic_chain(points);
    std::vector<Link> links;
    for (const auto& p : chain) links.push_back({p.a, p.b, 1.0});
    ModeEvidence e = mode_evidence(links, static_cast<uint32_t>(a.size()), static_cast<uint32_t>(b.size()));
    std::set<std::pair<uint32_t, uint32_t>> chain_points;
    for (const auto& c : chain) chain_points.insert({c.a, c.b});
    for (const auto& p : points)
        if (chain_points.count({p.a, p.b})) on_chain += p.weight;
    const double share = total > 0 ? on_chain / total : 0;
    const bool parallel = share >= 0.5 && e.count_ratio >= 0.45;
    char buffer[200];
    std::snprintf(buffer, sizeof buffer,
                  "%s (long texts, no matrix): %.0f%% of %zu rare shared keys lie on one monotonic chain, "
                  "sentence count ratio %.2f",
                  parallel ? "parallel" : "comparable", 100 * share, points.size(), e.count_ratio);
    reason = buffer;
    return parallel ? AlignMode::Parallel : AlignMode::Comparable;
}

} // namespace

Alignment align_features(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const AlignOptions& options) {
    return align_features(a, b, options, [](const SentenceFeatures& x, const SentenceFeatures& y) {
        return similarity_score(x, y);
    });
}

Alignment align_features(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const AlignOptions& options, const FeatureSimilarity& similarity) {
    const bool small = a.size() * b.size() <= options.max_matrix_cells;
    AlignMode mode = options.mode;
    std::string reason;
    SimilarityMatrix matrix;
    std::vector<Link> links;
    if (small && mode != AlignMode::Parallel) {
        matrix = similarity_matrix(a, b, similarity);
        links = link_comparable(matrix, options.comparable);
    }
    if (mode == AlignMode::Auto) {
        if (small)
            mode = choose_mode(mode_evidence(links, static_cast<uint32_t>(a.size()), static_cast<uint32_t>(b.size())),
                               reason, options.thresholds);
        else
            mode = judge_long_texts(a, b, reason);
    } else {
        reason = mode == AlignMode::Parallel ? "parallel: chosen by the user" : "comparable: chosen by the user";
    }

    if (mode == AlignMode::Comparable && small) {
        Alignment alignment;
        alignment.mode = AlignMode::Comparable;
        alignment.mode_reason = reason;
        alignment.links = std::move(links);
        return alignment;
    }
    if (mode == AlignMode::Comparable)
        reason += "; comparable linking is limited to " + std::to_string(options.max_matrix_cells) +
                  " sentence pairs, aligned as parallel instead";
    Alignment alignment = align_parallel(a, b, similarity, options.parallel);
    alignment.mode_reason = reason + " [" + alignment.mode_reason + "]";
    return alignment;
}

Alignment align_articles(const Article& a, const Article& b, const AlignOptions& options) {
    return align_features(extract_features(a), extract_features(b), options);
}

} // namespace synoptic
