#include "core/session/change.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace synoptic {
namespace {

void swap_rows(std::vector<Row>& rows, RowsChange& change) {
    const auto first = rows.begin() + static_cast<std::ptrdiff_t>(change.begin);
    std::vector<Row> replaced(std::make_move_iterator(first),
                              std::make_move_iterator(first + static_cast<std::ptrdiff_t>(change.count)));
    // Rows beyond the replaced ones move only when the count changes.
    const size_t in_place = std::min(change.count, change.rows.size());
    std::move(change.rows.begin(), change.rows.begin() + static_cast<std::ptrdiff_t>(in_place), first);
    const auto after = first + static_cast<std::ptrdiff_t>(in_place);
    if (change.rows.size() > change.count)
        rows.insert(after, std::make_move_iterator(change.rows.begin() + static_cast<std::ptrdiff_t>(in_place)),
                    std::make_move_iterator(change.rows.end()));
    else if (change.count > change.rows.size())
        rows.erase(after, after + static_cast<std::ptrdiff_t>(change.count - in_place));
    change.count = change.rows.size();
    change.rows = std::move(replaced);
}

void swap_library(std::vector<DocumentArticle>& articles, LibraryChange& change) {
    const auto at = articles.begin() + static_cast<std::ptrdiff_t>(change.position);
    if (change.article) {
        articles.insert(at, std::move(*change.article));
        change.article.reset();
    } else {
        change.article = std::move(*at);
        articles.erase(at);
    }
}

} // namespace

void swap_change(DocumentState& state, Change& change) {
    if (auto* rows = std::get_if<RowsChange>(&change)) swap_rows(state.rows, *rows);
    else if (auto* library = std::get_if<LibraryChange>(&change)) swap_library(state.articles, *library);
    else if (auto* article = std::get_if<ArticleChange>(&change)) std::swap(state.articles[article->position], article->article);
    else if (auto* compared = std::get_if<ComparedChange>(&change)) std::swap(state.compared, compared->compared);
    else if (auto* mode = std::get_if<ModeChange>(&change)) std::swap(state.mode, mode->mode);
    else if (auto* pairs = std::get_if<PairModesChange>(&change)) std::swap(state.pair_modes, pairs->pair_modes);
    else if (auto* outcomes = std::get_if<PairOutcomesChange>(&change)) std::swap(state.pair_outcomes, outcomes->pair_outcomes);
    else if (auto* need = std::get_if<AlignmentNeedChange>(&change)) std::swap(state.needs_alignment, need->needs_alignment);
}

void Transaction::make(Change change) {
    swap_change(state_, change);
    step_.changes.push_back(std::move(change));
}

void Transaction::roll_back() {
    for (auto change = step_.changes.rbegin(); change != step_.changes.rend(); ++change) swap_change(state_, *change);
    step_ = Step{};
}

} // namespace synoptic
