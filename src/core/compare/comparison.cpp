#include "core/compare/comparison.h"

#include "core/compare/fact_anchors.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

namespace synoptic {
namespace {

using FactId = std::pair<int, std::string>; // (kind, key)

bool parse_number(const std::string& key, double& value) {
    if (key.empty()) return false;
    char* end = nullptr;
    value = std::strtod(key.c_str(), &end);
    return end && *end == '\0' && std::isfinite(value);
}

// Two values of the same kind that cannot both be right about one thing.
bool values_conflict(const Fact& x, const Fact& y, double max_ratio, std::string& reason) {
    if (x.kind != y.kind || x.key == y.key) return false;
    if (x.kind == AnchorKind::Number) {
        double u = 0, v = 0;
        if (!parse_number(x.key, u) || !parse_number(y.key, v) || u <= 0 || v <= 0) return false;
        if (std::max(u, v) / std::min(u, v) > max_ratio) return false;
        reason = "number " + x.key + " vs " + y.key;
        return true;
    }
    if (x.kind == AnchorKind::Date) {
        if (x.key.size() != y.key.size()) return false; // a year against a full date is not a contradiction
        reason = "date " + x.key + " vs " + y.key;
        return true;
    }
    return false;
}

} // namespace

size_t Fact::articles_with() const {
    size_t n = 0;
    for (const auto& s : sentences) n += !s.empty();
    return n;
}

const char* fact_status_name(FactStatus status) {
    switch (status) {
    case FactStatus::Shared: return "shared";
    case FactStatus::Partial: return "partial";
    case FactStatus::Conflict: return "conflict";
    }
    return "?";
}

namespace {

// The facts x articles matrix, by kind then key, with the index of each fact.
struct FactTable {
    std::vector<Fact> facts;
    std::map<FactId, size_t> index;
};

FactTable collect_facts(const ComparedArticles& compared) {
    FactTable table;
    std::vector<Fact>& facts = table.facts;
    const size_t n = compared.size();
    for (size_t k = 0; k < n; ++k) {
        const std::vector<SentenceFeatures>& features = compared.features_of(k);
        const Article& article = compared.article(k);
        for (uint32_t s = 0; s < features.size(); ++s)
            for_each_fact_anchor(article.text, features[s].anchors, [&](const Anchor& anchor, ByteSpan span) {
                FactId id{static_cast<int>(anchor.kind), anchor.key};
                auto [it, fresh] = table.index.emplace(id, facts.size());
                if (fresh) {
                    Fact fact;
                    fact.kind = anchor.kind;
                    fact.key = anchor.key;
                    fact.surface.resize(n);
                    fact.sentences.resize(n);
                    facts.push_back(std::move(fact));
                }
                Fact& fact = facts[it->second];
                if (fact.surface[k].empty()) fact.surface[k] = std::string(article.slice(span));
                if (fact.sentences[k].empty() || fact.sentences[k].back() != s) fact.sentences[k].push_back(s);
            });
    }
    // Order by kind then key, keeping the index consistent.
    std::vector<size_t> order(facts.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t p, size_t q) {
        if (facts[p].kind != facts[q].kind) return facts[p].kind < facts[q].kind;
        return facts[p].key < facts[q].key;
    });
    std::vector<size_t> new_index(order.size());
    std::vector<Fact> sorted;
    for (size_t i = 0; i < order.size(); ++i) {
        new_index[order[i]] = i;
        sorted.push_back(std::move(facts[order[i]]));
    }
    facts = std::move(sorted);
    for (auto& [id, i] : table.index) i = new_index[i];
    return table;
}

// Per row of c.alignment.rows: which articles carry each fact, then
// conflicts between the values only one side of a pair gives.
void add_row_facts(Comparison& c, const ComparedArticles& compared, const std::map<FactId, size_t>& index,
                   const CompareOptions& options) {
    const size_t n = compared.size();
    for (size_t r = 0; r < c.alignment.rows.size(); ++r) {
        const AlignedRow& row = c.alignment.rows[r];
        std::map<size_t, std::vector<bool>> carried;
        for (size_t k = 0; k < n && k < row.sentences.size(); ++k)
            for (uint32_t s : row.sentences[k]) {
                if (s >= compared.features_of(k).size()) continue;
                for_each_fact_anchor(compared.article(k).text, compared.features_of(k)[s].anchors,
                                     [&](const Anchor& anchor, ByteSpan) {
                                         auto& in = carried[index.at({static_cast<int>(anchor.kind), anchor.key})];
                                         in.resize(n, false);
                                         in[k] = true;
                                     });
            }
        std::set<size_t> in_conflict;
        for (uint32_t x = 0; x < n; ++x)
            for (uint32_t y = x + 1; y < n; ++y) {
                if (row.sentences[x].empty() || row.sentences[y].empty()) continue;
                for (const auto& [fx, in_x] : carried) {
                    if (!in_x[x] || in_x[y]) continue;
                    for (const auto& [fy, in_y] : carried) {
                        if (!in_y[y] || in_y[x]) continue;
                        std::string reason;
                        if (!values_conflict(c.facts[fx], c.facts[fy], options.max_number_ratio, reason)) continue;
                        c.conflicts.push_back({r, x, y, fx, fy, reason});
                        in_conflict.insert(fx);
                        in_conflict.insert(fy);
                    }
                }
            }
        // A quote in both, each with a speaker the other does not name, and
        // no speaker in common: the same words put in different mouths.
        for (uint32_t x = 0; x < n; ++x)
            for (uint32_t y = x + 1; y < n; ++y) {
                if (row.sentences[x].empty() || row.sentences[y].empty()) continue;
                bool quote_x = false, quote_y = false, common_name = false;
                std::vector<size_t> only_x, only_y;
                for (const auto& [f, in] : carried) {
                    const AnchorKind kind = c.facts[f].kind;
                    if (kind == AnchorKind::Quote) {
                        quote_x = quote_x || in[x];
                        quote_y = quote_y || in[y];
                    }
                    if (kind != AnchorKind::Name) continue;
                    if (in[x] && in[y]) common_name = true;
                    else if (in[x]) only_x.push_back(f);
                    else if (in[y]) only_y.push_back(f);
                }
                if (!quote_x || !quote_y || common_name || only_x.empty() || only_y.empty()) continue;
                auto names = [&](const std::vector<size_t>& facts, size_t k) {
                    std::string out;
                    for (size_t f : facts) out += (out.empty() ? "" : ", ") + c.facts[f].surface[k];
                    return out;
                };
                const std::string name_x = names(only_x, x), name_y = names(only_y, y);
                c.conflicts.push_back(
                    {r, x, y, only_x.front(), only_y.front(), "quote attributed to " + name_x + " vs " + name_y});
                in_conflict.insert(only_x.front());
                in_conflict.insert(only_y.front());
            }
        std::vector<RowFact> facts;
        for (const auto& [f, in] : carried) {
            RowFact rf;
            rf.fact = f;
            rf.in_article = in;
            bool all = row.articles_present() >= 2; // a lone article shares nothing
            for (size_t k = 0; k < n; ++k)
                if (!row.sentences[k].empty() && !in[k]) all = false;
            rf.status = in_conflict.count(f) ? FactStatus::Conflict : all ? FactStatus::Shared : FactStatus::Partial;
            facts.push_back(std::move(rf));
        }
        c.row_facts.push_back(std::move(facts));
    }
}

std::vector<const Article*> articles_of(const ComparedArticles& compared) {
    std::vector<const Article*> out;
    for (size_t k = 0; k < compared.size(); ++k) out.push_back(&compared.article(k));
    return out;
}

Comparison comparison_of(const ComparedArticles& compared) {
    Comparison c;
    for (size_t k = 0; k < compared.size(); ++k) {
        c.article_names.push_back(compared.article(k).name);
        c.article_languages.push_back(compared.article(k).language);
    }
    return c;
}

} // namespace

Comparison compare_features(const std::vector<Article>& articles,
                            const std::vector<std::vector<SentenceFeatures>>& features, const CompareOptions& options) {
    return compare_features(borrow_articles(articles, features), options);
}

Comparison compare_features(const ComparedArticles& compared, const CompareOptions& options) {
    Comparison c = comparison_of(compared);
    c.alignment = align_many(compared, options.align);
    FactTable table = collect_facts(compared);
    c.facts = std::move(table.facts);
    add_row_facts(c, compared, table.index, options);
    c.events = judge_events(articles_of(compared), c.alignment.rows);
    return c;
}

Comparison compare_rows(const ComparedArticles& compared, std::vector<AlignedRow> rows, const CompareOptions& options) {
    Comparison c = comparison_of(compared);
    c.alignment.rows = std::move(rows);
    FactTable table = collect_facts(compared);
    c.facts = std::move(table.facts);
    add_row_facts(c, compared, table.index, options);
    c.events = judge_events(articles_of(compared), c.alignment.rows);
    return c;
}

Comparison compare_articles(const std::vector<Article>& articles, const CompareOptions& options) {
    std::vector<std::vector<SentenceFeatures>> features;
    features.reserve(articles.size());
    for (const Article& a : articles) features.push_back(extract_features(a));
    return compare_features(articles, features, options);
}

} // namespace synoptic
