// The user's corrections of the rows, from the cell menu and the keyboard.
// Items only ask (app.requests): the commands are applied between frames.
#include "imgui.h"
#include "imgui_internal.h" // RenderCheckMark
#include "views.h"

namespace synoptic::app {
namespace {

void request(App& app, Command command) { app.requests.commands.push_back(std::move(command)); }

bool edit_item(App& app, const char* label, bool enabled) {
    const bool chosen = ImGui::MenuItem(label, nullptr, false, enabled);
    note_menu_item(app, label);
    return chosen;
}

} // namespace

void note_menu_item(App& app, const char* label) {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    app.landmarks.menu_items.push_back({label, {min.x, min.y, size.x, size.y}});
}

void draw_row_edit_items(App& app, size_t row_index, size_t column) {
    const DocumentState& state = app.document.state();
    const Row& row = state.rows[row_index];
    const std::vector<uint32_t>& cell = row.sentences[column];
    const ArticleId article = state.compared[column];
    ImGui::Separator();
    const bool has = !cell.empty();
    const bool alone = row.articles_present() <= 1;
    // A cell of several sentences: its first moves up, its last moves down
    // or leaves the row, and the row splits before its second sentence.
    const uint32_t first = has ? cell.front() : 0, last = has ? cell.back() : 0;
    if (edit_item(app, "Move this sentence to the row above", has && row_index > 0))
        request(app, MoveSentence{{article, first}, RowDirection::Up});
    if (edit_item(app, "Move this sentence to the row below", has && row_index + 1 < state.rows.size()))
        request(app, MoveSentence{{article, last}, RowDirection::Down});
    if (edit_item(app, "Only in this article (unlink the sentence)", has && !(alone && cell.size() == 1)))
        request(app, UnlinkSentence{{article, last}});
    if (edit_item(app, "Split the row here", has && (cell.size() > 1 || !alone)))
        request(app, SplitRow{{article, cell.size() > 1 ? cell[1] : first}});
    if (edit_item(app, "Merge this row with the next", row_index + 1 < state.rows.size()))
        request(app, MergeWithNextRow{row_index});
    if (edit_item(app, row.checked ? "Unmark the row as checked" : "Mark the row as checked", true))
        request(app, MarkRowChecked{row_index, !row.checked});
}

void draw_row_marks(const Row& row) {
    if (!row.edited && !row.checked) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float size = ImGui::GetFontSize() * 0.5f;
    const ImU32 ink = IM_COL32(255, 255, 255, 230);
    if (row.checked) ImGui::RenderCheckMark(draw, ImVec2(at.x - size * 0.25f, at.y + 2), ink, size);
    if (row.edited) // a white notch at the strip's foot: "you changed this row"
        draw->AddRectFilled(ImVec2(at.x - size * 0.2f, at.y + size * 1.6f),
                            ImVec2(at.x + size * 0.6f, at.y + size * 2.4f), ink);
}

void history_key(App& app, char letter, bool command, bool shift) {
    if (!command || ImGui::GetIO().WantTextInput) return; // a text field has its own undo
    if (letter == 'Z') app.requests.history = shift ? HistoryRequest::Redo : HistoryRequest::Undo;
    else if (letter == 'Y') app.requests.history = HistoryRequest::Redo;
}

} // namespace synoptic::app
