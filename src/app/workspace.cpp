#include <nlohmann/json.hpp>

#include <cstdio>

#include "app/app.h"
#include "app/lent_articles.h"
#include "core/align/align_mode.h"
#include "core/ingest/read_article.h"

namespace synoptic::app {

// The page reads on its only thread: about 1.5 MB/s in wasm, so 12 MB (a
// 50,000-sentence book) is the most it takes before it would freeze for long.
constexpr size_t kMaxArticleBytes = 12u << 20;

Result<size_t> add_article(Workspace& workspace, std::string_view name, std::string_view bytes) {
    if (bytes.size() > kMaxArticleBytes) {
        char message[200];
        std::snprintf(message, sizeof message,
                      "%.1f MB is more than the reader takes (%zu MB); split it, or use the synoptic "
                      "command-line tool, which has no limit",
                      double(bytes.size()) / 1048576.0, kMaxArticleBytes >> 20);
        return Error{std::string(name) + ": " + message};
    }
    ReadOptions options;
    options.name = std::string(name);
    Result<Article> article = read_article(bytes, options);
    if (!article) return Error{std::string(name) + ": " + article.error().message};
    article->name = std::string(name);
    workspace.features.push_back(extract_features(*article));
    workspace.articles.push_back(std::move(article).value());
    const size_t index = workspace.articles.size() - 1;
    if (workspace.compared.size() < 2) workspace.compared.push_back(int(index));
    return index;
}

void remove_article(Workspace& ws, size_t index) {
    if (index >= ws.articles.size()) return;
    ws.articles.erase(ws.articles.begin() + long(index));
    ws.features.erase(ws.features.begin() + long(index));
    std::vector<int> compared;
    for (int c : ws.compared)
        if (c != int(index)) compared.push_back(c > int(index) ? c - 1 : c);
    ws.compared = compared;
    ws.comparison_of.clear(); // indices moved: align again
    ws.comparison = Comparison{};
}

bool comparison_outdated(const Workspace& ws) {
    return ws.compared != ws.comparison_of || ws.mode != ws.comparison_mode;
}

void refresh_comparison(Workspace& ws) {
    if (!comparison_outdated(ws)) return;
    ws.comparison_of = ws.compared;
    ws.comparison_mode = ws.mode;
    ++ws.comparison_generation;
    ws.comparison = Comparison{};
    if (ws.compared.size() < 2) return;
    CompareOptions options;
    options.align.pair.mode = ws.mode;
    Comparison comparison;
    {
        const LentArticles lent(ws, ws.compared);
        comparison = compare_features(lent.articles(), lent.features(), options);
    }
    ws.comparison = std::move(comparison);
}

nlohmann::json workspace_state(const Workspace& workspace) {
    nlohmann::json articles = nlohmann::json::array();
    for (const Article& a : workspace.articles) {
        articles.push_back({{"name", a.name},
                            {"title", a.meta.title},
                            {"date", a.meta.date},
                            {"language", a.language},
                            {"paragraphs", a.paragraphs.size()},
                            {"sentences", a.sentences.size()},
                            {"warnings", a.warnings}});
    }
    const Comparison& c = workspace.comparison;
    nlohmann::json pairs = nlohmann::json::array();
    for (const PairAlignment& p : c.alignment.pairs) {
        pairs.push_back({{"articles", {workspace.comparison_of[p.first], workspace.comparison_of[p.second]}},
                         {"mode", align_mode_name(p.alignment.mode)},
                         {"reason", p.alignment.mode_reason},
                         {"links", p.alignment.links.size()},
                         {"beads", p.alignment.beads.size()}});
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const AlignedRow& row : c.alignment.rows) rows.push_back(row.sentences);
    size_t shared = 0, partial = 0;
    for (const auto& row_facts : c.row_facts)
        for (const RowFact& f : row_facts) (f.status == FactStatus::Shared ? shared : partial) += 1;
    nlohmann::json state = {
        {"articles", articles},
        {"compared", workspace.compared},
        {"mode", align_mode_name(workspace.mode)},
        {"comparison", {{"articles", workspace.comparison_of},
                        {"pairs", pairs},
                        {"rows", rows},
                        {"facts", c.facts.size()},
                        {"sharedInRows", shared},
                        {"notSharedInRows", partial},
                        {"conflicts", c.conflicts.size()}}}};
    return state;
}

} // namespace synoptic::app
