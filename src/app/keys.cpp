// The keyboard: undo and redo, the text size, the cell cursor and the row
// edits on its cell. Keys only ask (app.requests); commands are applied between frames.
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

// The row a screenful above or below `row`, by the rows' last heights.
size_t row_a_page_away(const App& app, size_t row, bool down) {
    const std::vector<float>& heights = app.layouts.row_heights;
    if (heights.empty()) return row;
    const float page = std::max(app.layouts.rows_view_height * 0.85f, 1.0f);
    float travelled = 0;
    while (down ? row + 1 < heights.size() : row > 0) {
        travelled += heights[std::min(row, heights.size() - 1)];
        if (travelled > page) break;
        row = down ? row + 1 : row - 1;
    }
    return row;
}

// Moves of the cursor: it appears on the first press, then moves; Alt+Up
// and Alt+Down move the cell's sentence and the cursor follows it.
void move_cursor(App& app, Key key, const KeyPress& press) {
    const DocumentState& state = app.document.state();
    CellCursor& cursor = app.cursor;
    const size_t last_row = state.rows.size() - 1, last_column = state.compared.size() - 1;
    const bool up = key == Key::Up || key == Key::K, down = key == Key::Down || key == Key::J;
    if (press.alt && (up || down)) {
        request_edit(app, up ? RowEdit::MoveUp : RowEdit::MoveDown);
        cursor.row = up ? (cursor.row > 0 ? cursor.row - 1 : 0) : std::min(cursor.row + 1, last_row);
    } else if (cursor.shown) {
        if (up && cursor.row > 0) --cursor.row;
        if (down && cursor.row < last_row) ++cursor.row;
        if (key == Key::Left && cursor.column > 0) --cursor.column;
        if (key == Key::Right && cursor.column < last_column) ++cursor.column;
        if (key == Key::Tab) cursor.column = press.shift ? (cursor.column + last_column) % (last_column + 1)
                                                         : (cursor.column + 1) % (last_column + 1);
        if (key == Key::Home) cursor.row = 0;
        if (key == Key::End) cursor.row = last_row;
        if (key == Key::PageUp || key == Key::PageDown || key == Key::Space)
            cursor.row = row_a_page_away(app, cursor.row, key == Key::PageDown || (key == Key::Space && !press.shift));
    } else if (key == Key::End) {
        cursor.row = last_row;
    }
    cursor.shown = true;
    cursor.scroll_into_view = true;
}

void change_text_size(App& app, Key key) {
    if (key == Key::Zero) app.text_size = TextSize::kNormal;
    if (key == Key::Plus) app.text_size = std::min(app.text_size + TextSize::kStep, TextSize::kLargest);
    if (key == Key::Minus) app.text_size = std::max(app.text_size - TextSize::kStep, TextSize::kSmallest);
}

} // namespace

void key_pressed(App& app, KeyPress press) {
    // The find box's keys work while it has the keyboard.
    if (press.command && press.key == Key::F) {
        app.find.open = true;
        app.find.focus_input = true;
        return;
    }
    if (press.key == Key::F3 || (press.key == Key::Enter && app.find.open && app.find.input_active)) {
        step_find(app, press.shift);
        if (press.key == Key::Enter) app.find.focus_input = true; // the box lets go of the keyboard on Enter
        return;
    }
    if (press.key == Key::Escape && app.find.open) {
        app.find.open = false;
        return;
    }
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return; // a text field has its own keys
    if (press.command) {
        if (press.key == Key::C) copy_selection(app);
        else if (press.key == Key::Z) app.requests.history = press.shift ? HistoryRequest::Redo : HistoryRequest::Undo;
        else if (press.key == Key::Y) app.requests.history = HistoryRequest::Redo;
        else change_text_size(app, press.key);
        return;
    }
    const DocumentState& state = app.document.state();
    if (state.compared.size() < kMinComparedArticles || state.rows.empty()) return;
    CellCursor& cursor = app.cursor;
    cursor.row = std::min(cursor.row, state.rows.size() - 1);
    cursor.column = std::min(cursor.column, state.compared.size() - 1);
    switch (press.key) {
    case Key::Up: case Key::Down: case Key::Left: case Key::Right: case Key::J: case Key::K:
    case Key::PageUp: case Key::PageDown: case Key::Home: case Key::End: case Key::Tab: case Key::Space:
        move_cursor(app, press.key, press);
        return;
    case Key::Escape:
        if (app.selection.shown) app.selection = TextSelection{};
        else if (cursor.linking) cursor.linking.reset();
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
    case Key::C: request_edit(app, RowEdit::Check); break;
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
