// What each row edit means on one cell, for the cell menu and the keys
// alike, and the two-step "link with…" edit.
#include <string>

#include "app/app.h"

namespace synoptic::app {

std::optional<Command> row_edit_command(const DocumentState& state, size_t row_index, size_t column, RowEdit edit) {
    if (row_index >= state.rows.size() || column >= state.compared.size()) return std::nullopt;
    const Row& row = state.rows[row_index];
    const std::vector<uint32_t>& cell = row.sentences[column];
    const ArticleId article = state.compared[column];
    const bool has = !cell.empty();
    const bool alone = row.articles_present() <= 1;
    const bool last_row = row_index + 1 >= state.rows.size();
    // A cell of several sentences: its first moves up, its last moves down
    // or leaves the row, and the row splits before its second sentence.
    switch (edit) {
    case RowEdit::MoveUp:
        if (!has || row_index == 0) return std::nullopt;
        return MoveSentence{{article, cell.front()}, RowDirection::Up};
    case RowEdit::MoveDown:
        if (!has || last_row) return std::nullopt;
        return MoveSentence{{article, cell.back()}, RowDirection::Down};
    case RowEdit::Unlink:
        if (!has || (alone && cell.size() == 1)) return std::nullopt;
        return UnlinkSentence{{article, cell.back()}};
    case RowEdit::Split:
        if (!has || (cell.size() == 1 && alone)) return std::nullopt;
        return SplitRow{{article, cell.size() > 1 ? cell[1] : cell.front()}};
    case RowEdit::Merge:
        if (last_row) return std::nullopt;
        return MergeWithNextRow{row_index};
    case RowEdit::Check:
        return MarkRowChecked{row_index, !row.checked};
    }
    return std::nullopt;
}

void start_linking(App& app, size_t row, size_t column) {
    const DocumentState& state = app.document.state();
    if (row >= state.rows.size() || column >= state.compared.size() || state.rows[row].sentences[column].empty()) {
        app.status = ui_logical(app, Msg::EditEmptyCell);
        return;
    }
    app.cursor.linking = SentenceRef{state.compared[column], state.rows[row].sentences[column].front()};
    app.cursor.row = row;
    app.cursor.column = column;
    app.cursor.shown = true;
    app.status.clear();
}

namespace {

// The sentence that names the chosen row for LinkSentences: the chosen
// cell's first, or another article's when that cell is empty or is the
// waiting sentence's own article.
std::optional<SentenceRef> row_anchor(const DocumentState& state, size_t row, size_t column, ArticleId linked) {
    const Row& r = state.rows[row];
    if (state.compared[column] != linked && !r.sentences[column].empty())
        return SentenceRef{state.compared[column], r.sentences[column].front()};
    for (size_t k = 0; k < r.sentences.size(); ++k)
        if (state.compared[k] != linked && !r.sentences[k].empty()) return SentenceRef{state.compared[k], r.sentences[k].front()};
    return std::nullopt;
}

} // namespace

void choose_cell(App& app, size_t row, size_t column) {
    const DocumentState& state = app.document.state();
    if (row >= state.rows.size() || column >= state.compared.size()) return;
    app.cursor.row = row;
    app.cursor.column = column;
    app.cursor.shown = true;
    if (!app.cursor.linking) return;
    const SentenceRef waiting = *app.cursor.linking;
    std::optional<SentenceRef> anchor = row_anchor(state, row, column, waiting.article);
    if (!anchor) {
        app.status = ui_logical(app, Msg::EditNothingToLink);
        return;
    }
    app.cursor.linking.reset();
    app.requests.commands.push_back(LinkSentences{waiting, *anchor});
}

} // namespace synoptic::app
