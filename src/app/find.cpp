// The find box's work: the query over each compared article's find index,
// and the walk through the matches in the order of the rows.
#include <algorithm>

#include "app/app.h"
#include "core/search/find_query.h"

namespace synoptic::app {
namespace {

// How much of an article's find index one frame reads while the find box is
// open (about 10-25 ms natively): a book's index is ready before the reader
// has typed, and no frame stalls for it.
constexpr size_t kFindSentencesPerFrame = 2000;

// The index of an article as it is read now; made on its first find.
FindIndex& index_of(FindState& find, const DocumentArticle& article) {
    for (auto& [analysis, index] : find.indexes)
        if (analysis == article.analysis) return *index;
    find.indexes.emplace_back(article.analysis, std::make_unique<FindIndex>(article.analysis->article));
    return *find.indexes.back().second;
}

// Indexes of articles no longer compared (or read again) are let go.
void forget_other_indexes(FindState& find, const DocumentState& state) {
    auto compared = [&](const std::shared_ptr<const ArticleAnalysis>& analysis) {
        for (ArticleId id : state.compared)
            if (state.find(id)->analysis == analysis) return true;
        return false;
    };
    find.indexes.erase(std::remove_if(find.indexes.begin(), find.indexes.end(),
                                      [&](const auto& entry) { return !compared(entry.first); }),
                       find.indexes.end());
}

// The row of every sentence of column `column`.
std::vector<size_t> rows_of_sentences(const DocumentState& state, size_t column) {
    std::vector<size_t> rows(state.column_article(column).sentence_count(), 0);
    for (size_t r = 0; r < state.rows.size(); ++r)
        for (uint32_t s : state.rows[r].sentences[column])
            if (s < rows.size()) rows[s] = r;
    return rows;
}

} // namespace

void run_find(App& app) {
    FindState& find = app.find;
    const DocumentState& state = app.document.state();
    if (find.searched == find.query && find.searched_at == app.document.revision()) return;
    find.searched = find.query;
    find.searched_at = app.document.revision();
    find.matches.assign(state.compared.size(), {});
    find.walk.clear();
    find.current = 0;
    find.stepped = false;
    forget_other_indexes(find, state);
    if (state.compared.size() < kMinComparedArticles) return;
    const FindQuery query = prepare_find_query(find.query);
    if (query.empty()) return;
    struct Placed {
        size_t row, column, index;
    };
    std::vector<Placed> placed;
    for (size_t k = 0; k < state.compared.size(); ++k) {
        find.matches[k] = index_of(find, state.column_article(k)).find(query);
        const std::vector<size_t> rows = rows_of_sentences(state, k);
        for (size_t i = 0; i < find.matches[k].size(); ++i)
            placed.push_back({rows[find.matches[k][i].sentence], k, i});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    for (const Placed& p : placed) find.walk.emplace_back(p.column, p.index);
}

void prepare_find(App& app) {
    if (!app.find.open) return;
    const DocumentState& state = app.document.state();
    for (size_t k = 0; k < state.compared.size(); ++k) {
        FindIndex& index = index_of(app.find, state.column_article(k));
        if (index.prepared()) continue;
        index.prepare(kFindSentencesPerFrame);
        return;
    }
}

void step_find(App& app, bool backwards) {
    FindState& find = app.find;
    run_find(app);
    if (find.walk.empty()) return;
    // The first step goes to the first match (or the last); later ones move on.
    const size_t n = find.walk.size();
    if (!find.stepped) find.current = backwards ? n - 1 : 0;
    else find.current = backwards ? (find.current + n - 1) % n : (find.current + 1) % n;
    find.stepped = true;
    const auto [column, index] = find.walk[find.current];
    const DocumentState& state = app.document.state();
    const uint32_t sentence = find.matches[column][index].sentence;
    for (size_t r = 0; r < state.rows.size(); ++r) {
        const std::vector<uint32_t>& cell = state.rows[r].sentences[column];
        if (std::find(cell.begin(), cell.end(), sentence) == cell.end()) continue;
        app.cursor.row = r;
        app.cursor.column = column;
        app.cursor.shown = true;
        app.cursor.scroll_into_view = true;
        app.show_rows_tab = true;
        return;
    }
}

} // namespace synoptic::app
