// The find box (Ctrl+F) over the compared articles: the query, how many
// matches each article has, and the walk through them; the matches are
// marked inside the sentences (append_find_marks).
#include <algorithm>
#include <cstring>

#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

const ImU32 kMatchInk = IM_COL32(150, 120, 20, 255);
const ImU32 kCurrentMatchInk = IM_COL32(220, 140, 20, 255);

bool small_button(App& app, const char* label) {
    const bool pressed = ImGui::SmallButton(label);
    note_menu_item(app, label);
    return pressed;
}

} // namespace

void draw_find_bar(App& app) {
    FindState& find = app.find;
    if (!find.open) return;
    const DocumentState& state = app.document.state();
    ImGui::TextUnformatted(ui(app, Msg::FindLabel));
    ImGui::SameLine();
    if (find.focus_input) {
        ImGui::SetKeyboardFocusHere();
        find.focus_input = false;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    // Enter comes from the host's key events (key_pressed): ImGui polls keys
    // once a frame and would miss a quick press.
    ImGui::InputText("##find", find.input.data(), find.input.size(), ImGuiInputTextFlags_AutoSelectAll);
    find.input_active = ImGui::IsItemActive();
    note_menu_item(app, "##find");
    find.query = find.input.data();
    run_find(app);
    ImGui::SameLine();
    if (small_button(app, "<")) step_find(app, true);
    ImGui::SameLine();
    if (small_button(app, ">")) step_find(app, false);
    ImGui::SameLine();
    if (find.walk.empty()) {
        ImGui::TextDisabled("%s", ui(app, find.query.empty() ? Msg::FindHint : Msg::FindNoMatch));
    } else {
        ImGui::TextUnformatted(ui(app, Msg::FindPosition, {{"current", find.stepped ? find.current + 1 : 0},
                                                           {"total", find.walk.size()}}));
        for (size_t k = 0; k < find.matches.size() && k < state.compared.size(); ++k) {
            same_line_if_fits(ImGui::GetFontSize() * 4);
            ImGui::TextDisabled("%s %d", state.column_article(k).article().language.c_str(), int(find.matches[k].size()));
        }
    }
    same_line_if_fits(ImGui::GetFontSize() * 2);
    if (small_button(app, "x")) find.open = false;
}

void append_find_marks(App& app, size_t column, uint32_t sentence, std::vector<TextMark>& out) {
    FindState& find = app.find;
    if (!find.open || column >= find.matches.size() || find.matches[column].empty()) return;
    const std::vector<TextMatch>& matches = find.matches[column];
    auto first = std::lower_bound(matches.begin(), matches.end(), sentence,
                                  [](const TextMatch& m, uint32_t s) { return m.sentence < s; });
    for (auto m = first; m != matches.end() && m->sentence == sentence; ++m) {
        const bool current = find.stepped && find.walk[find.current] ==
                                                 std::make_pair(column, size_t(m - matches.begin()));
        out.push_back({m->start, m->end, current ? kCurrentMatchInk : kMatchInk});
    }
}

} // namespace synoptic::app
