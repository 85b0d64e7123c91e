// Each pair of compared articles in a mode of its own: a report and its
// translation side by side with an independent report of the same event
// need "translations" for the first pair and "independent reports" for the
// others. The choice is a command (SetPairMode); what the alignment made of
// each pair, and why, comes from the document, so a reopened session shows it.
#include <algorithm>

#include "core/align/align_mode.h"
#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

constexpr const char* kPairsPopup = "pairs";

void draw_pair(App& app, ArticleId a, ArticleId b) {
    const DocumentState& state = app.document.state();
    ImGui::PushID(int(id_number(a)));
    ImGui::PushID(int(id_number(b)));
    const PairMode* chosen = state.chosen_pair_mode(a, b);
    int choice = chosen ? 1 + int(chosen->mode) : 0;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    // The document's mode, then a mode of the pair's own.
    const char* const choices[] = {ui(app, Msg::PairsAsAll), ui(app, Msg::ModeAutomatic),
                                   ui(app, Msg::ModeTranslations), ui(app, Msg::ModeReports)};
    if (ImGui::Combo("##pair_mode", &choice, choices, IM_ARRAYSIZE(choices))) {
        SetPairMode command{a, b, AlignMode::Auto, choice == 0};
        if (choice > 0) command.mode = AlignMode(choice - 1);
        app.requests.commands.push_back(command);
    }
    ImGui::SameLine();
    ImGui::Text("%s ~ %s", state.find(a)->name.c_str(), state.find(b)->name.c_str());
    if (const PairOutcome* outcome = state.pair_outcome(a, b)) {
        ImGui::TextDisabled("%s", ui(app, Msg::PairsAlignedAs, {{"mode", ui_logical(app, align_mode_message(outcome->mode))}}));
        // Why: the figures the choice was made on, as the aligner states them.
        ImGui::SameLine();
        ImGui::TextDisabled("(?)");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", outcome->reason.c_str());
    }
    ImGui::Spacing();
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace

void draw_pair_modes(App& app) {
    const DocumentState& state = app.document.state();
    same_line_if_fits(ImGui::CalcTextSize(ui(app, Msg::PairsButton)).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button(ui_label(app, Msg::PairsButton))) ImGui::OpenPopup(kPairsPopup);
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    app.landmarks.pairs_button = {min.x, min.y, size.x, size.y};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui(app, Msg::PairsTooltip));
    // Under the button, as wide as a reason needs and no wider than the
    // window, moved left when it would leave the window.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float margin = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetFontSize() * 44, viewport->WorkSize.x - 2 * margin);
    const float x = std::max(viewport->WorkPos.x + margin,
                             std::min(min.x, viewport->WorkPos.x + viewport->WorkSize.x - margin - width));
    ImGui::SetNextWindowPos(ImVec2(x, min.y + size.y));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    if (!ImGui::BeginPopup(kPairsPopup)) return;
    ImGui::PushTextWrapPos(0); // reasons wrap at the popup's edge
    for (size_t i = 0; i < state.compared.size(); ++i)
        for (size_t j = i + 1; j < state.compared.size(); ++j) draw_pair(app, state.compared[i], state.compared[j]);
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

} // namespace synoptic::app
