// The user's corrections of the rows in the cell menu (the same edits as the
// keys of keys.cpp), the marks of rows the user edited or checked, and what
// menus and dialogs share (note_menu_item, draw_dialog_answers).
// Items only ask (app.requests): the commands are applied between frames.
#include "imgui.h"
#include "imgui_internal.h" // RenderCheckMark
#include "views.h"

namespace synoptic::app {
namespace {

void request(App& app, Command command) { app.requests.commands.push_back(std::move(command)); }

} // namespace

void note_menu_item(App& app, const char* label) {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    app.landmarks.menu_items.push_back({label, {min.x, min.y, size.x, size.y}});
}

void note_menu_item(App& app, Msg label) { note_menu_item(app, ui_english(app, label)); }

DialogAnswer draw_dialog_answers(App& app, Msg yes_label) {
    DialogAnswer answer = DialogAnswer::None;
    if (ImGui::Button(ui(app, yes_label))) answer = DialogAnswer::Yes;
    note_menu_item(app, yes_label);
    ImGui::SameLine();
    if (ImGui::Button(ui(app, Msg::DialogCancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        answer = DialogAnswer::Cancel;
    note_menu_item(app, Msg::DialogCancel);
    if (answer != DialogAnswer::None) ImGui::CloseCurrentPopup();
    return answer;
}

void draw_row_edit_items(App& app, size_t row_index, size_t column) {
    const DocumentState& state = app.document.state();
    struct Item {
        Msg label;
        const char* keys;
        RowEdit edit;
    };
    static const Item kItems[] = {
        {Msg::EditMoveUp, "Alt+Up", RowEdit::MoveUp},   {Msg::EditMoveDown, "Alt+Down", RowEdit::MoveDown},
        {Msg::EditUnlink, "U", RowEdit::Unlink},        {Msg::EditSplit, "S", RowEdit::Split},
        {Msg::EditMerge, "M", RowEdit::Merge},
    };
    ImGui::Separator();
    const bool has = !state.rows[row_index].sentences[column].empty();
    const bool link_chosen = ImGui::MenuItem(ui(app, Msg::EditLink), "L", false, has);
    note_menu_item(app, Msg::EditLink);
    if (link_chosen) start_linking(app, row_index, column);
    for (const Item& item : kItems) {
        std::optional<Command> command = row_edit_command(state, row_index, column, item.edit);
        const bool chosen = ImGui::MenuItem(ui(app, item.label), item.keys, false, command.has_value());
        note_menu_item(app, item.label);
        if (chosen && command) request(app, std::move(*command));
    }
    const bool checked = state.rows[row_index].checked;
    const Msg check_label = checked ? Msg::EditUncheck : Msg::EditCheck;
    const bool check_chosen = ImGui::MenuItem(ui(app, check_label), "C");
    note_menu_item(app, check_label);
    if (check_chosen) request(app, *row_edit_command(state, row_index, column, RowEdit::Check));
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

} // namespace synoptic::app
