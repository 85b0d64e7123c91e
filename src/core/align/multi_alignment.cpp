#include "core/align/multi_alignment.h"

#include "core/align/event_verdict.h"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

namespace synoptic {

std::optional<Error> check_compared_count(size_t count) {
    if (count >= kMinComparedArticles && count <= kMaxComparedArticles) return std::nullopt;
    return Error{"compare " + std::to_string(kMinComparedArticles) + " to " + std::to_string(kMaxComparedArticles) +
                 " articles, not " + std::to_string(count)};
}

size_t AlignedRow::articles_present() const {
    size_t n = 0;
    for (const auto& s : sentences) n += !s.empty();
    return n;
}

std::vector<AlignedRow> group_rows(const std::vector<uint32_t>& counts, const std::vector<PairAlignment>& pairs,
                                   uint32_t max_per_article) {
    const size_t n_articles = counts.size();
    std::vector<size_t> first_node(n_articles + 1, 0);
    for (size_t k = 0; k < n_articles; ++k) first_node[k + 1] = first_node[k] + counts[k];
    const size_t nodes = first_node[n_articles];
    auto article_of = [&](size_t node) {
        return static_cast<size_t>(std::upper_bound(first_node.begin(), first_node.end(), node) - first_node.begin() - 1);
    };

    std::vector<size_t> parent(nodes);
    std::iota(parent.begin(), parent.end(), size_t{0});
    // Per root: sentences of each article in the component, and the best link score.
    std::vector<std::vector<uint32_t>> size_per_article(nodes, std::vector<uint32_t>(n_articles, 0));
    std::vector<double> best(nodes, 0);
    // Per root and article: the range of sentence indices in the component.
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> range(nodes);
    for (size_t x = 0; x < nodes; ++x) {
        size_per_article[x][article_of(x)] = 1;
        range[x].assign(n_articles, {UINT32_MAX, 0});
        const uint32_t s = static_cast<uint32_t>(x - first_node[article_of(x)]);
        range[x][article_of(x)] = {s, s};
    }
    auto find = [&](size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };

    struct Edge {
        size_t x, y;
        double score;
    };
    std::vector<Edge> edges;
    for (const PairAlignment& pair : pairs) {
        for (const Link& link : pair.alignment.links) {
            if (pair.first >= n_articles || pair.second >= n_articles) continue;
            if (link.a >= counts[pair.first] || link.b >= counts[pair.second]) continue;
            edges.push_back({first_node[pair.first] + link.a, first_node[pair.second] + link.b, link.score});
        }
    }
    // Strongest evidence first, so a cap leaves out the weakest links.
    std::stable_sort(edges.begin(), edges.end(), [](const Edge& p, const Edge& q) { return p.score > q.score; });
    for (const Edge& e : edges) {
        size_t rx = find(e.x), ry = find(e.y);
        if (rx == ry) {
            best[rx] = std::max(best[rx], e.score);
            continue;
        }
        // A row holds a run of neighbouring sentences of each article: two
        // rows that both hold sentences of one article, far apart, are two
        // statements, even if a third report links to both.
        bool fits = true;
        for (size_t k = 0; k < n_articles; ++k) {
            if (size_per_article[rx][k] + size_per_article[ry][k] > max_per_article) fits = false;
            if (size_per_article[rx][k] && size_per_article[ry][k]) {
                const auto [lo_x, hi_x] = range[rx][k];
                const auto [lo_y, hi_y] = range[ry][k];
                if (std::max(lo_x, lo_y) > std::min(hi_x, hi_y) + 1) fits = false;
            }
        }
        if (!fits) continue;
        parent[ry] = rx;
        for (size_t k = 0; k < n_articles; ++k) {
            size_per_article[rx][k] += size_per_article[ry][k];
            range[rx][k] = {std::min(range[rx][k].first, range[ry][k].first),
                            std::max(range[rx][k].second, range[ry][k].second)};
        }
        best[rx] = std::max({best[rx], best[ry], e.score});
    }

    std::vector<int> row_of_root(nodes, -1);
    std::vector<AlignedRow> rows;
    std::vector<size_t> row_of_node(nodes);
    for (size_t x = 0; x < nodes; ++x) {
        const size_t root = find(x);
        if (row_of_root[root] < 0) {
            row_of_root[root] = static_cast<int>(rows.size());
            AlignedRow row;
            row.sentences.resize(n_articles);
            row.score = best[root];
            rows.push_back(std::move(row));
        }
        const size_t k = article_of(x);
        rows[static_cast<size_t>(row_of_root[root])].sentences[k].push_back(static_cast<uint32_t>(x - first_node[k]));
        row_of_node[x] = static_cast<size_t>(row_of_root[root]);
    }

    // Reading order: rows holding the first article's sentences at that
    // sentence's place; any other row right after the row holding the
    // previous sentence of its own article (articles taken in order). What
    // an article says before its first sentence that shares a row goes
    // just above that row, but never above the first article's headline;
    // an article that shares no row follows the others.
    std::vector<double> key(rows.size(), -1);
    std::vector<bool> keyed(rows.size(), false);
    for (size_t r = 0; r < rows.size(); ++r)
        if (n_articles && !rows[r].sentences[0].empty()) {
            key[r] = rows[r].sentences[0].front();
            keyed[r] = true;
        }
    std::map<double, int> inserted_after;
    for (size_t k = 1; k < n_articles; ++k) {
        double last = *std::max_element(key.begin(), key.end());
        for (uint32_t s = 0; s < counts[k]; ++s) {
            const size_t r = row_of_node[first_node[k] + s];
            if (!keyed[r]) continue;
            last = std::max(std::ceil(key[r]) - 1, 0.0); // the row of the first article's sentence before it
            break;
        }
        for (uint32_t s = 0; s < counts[k]; ++s) {
            const size_t r = row_of_node[first_node[k] + s];
            if (keyed[r]) {
                last = std::max(last, key[r]);
                continue;
            }
            const int n = ++inserted_after[last];
            key[r] = last + n * 1e-4;
            keyed[r] = true;
            last = key[r];
        }
    }
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t p, size_t q) { return key[p] < key[q]; });
    std::vector<AlignedRow> sorted;
    sorted.reserve(rows.size());
    for (size_t r : order) sorted.push_back(std::move(rows[r]));
    return sorted;
}

MultiAlignment align_many(const std::vector<Article>& articles,
                          const std::vector<std::vector<SentenceFeatures>>& features, const MultiAlignOptions& options) {
    return align_many(borrow_articles(articles, features), options);
}

MultiAlignment align_many(const ComparedArticles& compared, const MultiAlignOptions& options) {
    MultiAlignment result;
    std::vector<uint32_t> counts;
    for (size_t k = 0; k < compared.size(); ++k) counts.push_back(static_cast<uint32_t>(compared.features_of(k).size()));
    for (uint32_t i = 0; i < compared.size(); ++i)
        for (uint32_t j = i + 1; j < compared.size(); ++j) {
            AlignOptions pair_options = options.pair;
            for (const PairModeChoice& choice : options.pair_modes)
                if ((choice.first == i && choice.second == j) || (choice.first == j && choice.second == i))
                    pair_options.mode = choice.mode;
            result.pairs.push_back({i, j,
                                    align_features(compared.features_of(i), compared.features_of(j), pair_options,
                                                   skip_hints(compared.article(i), compared.article(j)))});
        }
    // A pair that reports different events (core/align/event_verdict.h)
    // shares no row: its links join topic words, not claims.
    std::vector<PairAlignment> one_event;
    for (const PairAlignment& pair : result.pairs) {
        const double share = linked_share(pair.alignment, counts[pair.first], counts[pair.second]);
        if (!judge_pair(compared.article(pair.first), compared.article(pair.second), share).different_events)
            one_event.push_back(pair);
    }
    result.rows = group_rows(counts, one_event, options.max_sentences_per_article);
    return result;
}

} // namespace synoptic
