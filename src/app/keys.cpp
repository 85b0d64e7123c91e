// The keyboard: undo and redo, the cell cursor and the row edits on its
// cell. Keys only ask (app.requests); commands are applied between frames.
#include <algorithm>

#include "app/app.h"
#include "imgui.h"

namespace synoptic::app {
namespace {

void request_edit(App& app, RowEdit edit) {
    std::optional<Command> command =
        row_edit_command(app.document.state(), app.cursor.row, app.cursor.column, edit);
    if (command) app.requests.commands.push_back(std::move(*command));
    else app.status = "That edit does not apply to this cell.";
}

// Arrows: the cursor appears on the first press, then moves; Alt+Up and
// Alt+Down move the cell's sentence and the cursor follows it.
void arrow(App& app, Key key, bool alt) {
    const DocumentState& state = app.document.state();
    CellCursor& cursor = app.cursor;
    if (state.rows.empty()) return;
    if (alt && (key == Key::Up || key == Key::Down)) {
        request_edit(app, key == Key::Up ? RowEdit::MoveUp : RowEdit::MoveDown);
        if (key == Key::Up && cursor.row > 0) --cursor.row;
        if (key == Key::Down && cursor.row + 1 < state.rows.size()) ++cursor.row;
    } else if (cursor.shown) {
        if (key == Key::Up && cursor.row > 0) --cursor.row;
        if (key == Key::Down && cursor.row + 1 < state.rows.size()) ++cursor.row;
        if (key == Key::Left && cursor.column > 0) --cursor.column;
        if (key == Key::Right && cursor.column + 1 < state.compared.size()) ++cursor.column;
    }
    cursor.shown = true;
    cursor.scroll_into_view = true;
}

} // namespace

void key_pressed(App& app, KeyPress press) {
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return; // a text field has its own keys
    if (press.command) {
        if (press.key == Key::Z) app.requests.history = press.shift ? HistoryRequest::Redo : HistoryRequest::Undo;
        else if (press.key == Key::Y) app.requests.history = HistoryRequest::Redo;
        return;
    }
    const DocumentState& state = app.document.state();
    if (state.compared.size() < kMinComparedArticles || state.rows.empty()) return;
    CellCursor& cursor = app.cursor;
    cursor.row = std::min(cursor.row, state.rows.size() - 1);
    cursor.column = std::min(cursor.column, state.compared.size() - 1);
    switch (press.key) {
    case Key::Up: case Key::Down: case Key::Left: case Key::Right:
        arrow(app, press.key, press.alt);
        return;
    case Key::Escape:
        if (cursor.linking) cursor.linking.reset();
        else cursor.shown = false;
        app.status.clear();
        return;
    default:
        break;
    }
    if (!cursor.shown) return; // the edit keys act on a cell the user can see
    switch (press.key) {
    case Key::U: request_edit(app, RowEdit::Unlink); break;
    case Key::S: request_edit(app, RowEdit::Split); break;
    case Key::M: request_edit(app, RowEdit::Merge); break;
    case Key::C: case Key::Space: request_edit(app, RowEdit::Check); break;
    case Key::L:
        if (cursor.linking) choose_cell(app, cursor.row, cursor.column);
        else start_linking(app, cursor.row, cursor.column);
        break;
    case Key::Enter:
        if (cursor.linking) choose_cell(app, cursor.row, cursor.column);
        else cursor.open_menu = true;
        break;
    case Key::Menu: cursor.open_menu = true; break;
    default: break;
    }
    cursor.scroll_into_view = true;
}

} // namespace synoptic::app
