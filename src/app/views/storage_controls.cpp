// What this browser keeps, and forgetting it, under the library's articles:
// "Keep in this browser" (the host stores the choice and the session) and
// "Forget all…", which asks first because it cannot be undone.
#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

Rect last_item_rect() {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    return {min.x, min.y, size.x, size.y};
}

// The confirmation: nothing is forgotten until the user says so here.
void draw_forget_dialog(App& app) {
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(ui_label(app, Msg::StorageForgetTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::TextUnformatted(ui(app, Msg::StorageForgetQuestion));
    ImGui::TextDisabled("%s", ui(app, Msg::StorageForgetKeepCopy));
    ImGui::Spacing();
    // Forgotten between frames, not while views read the library.
    if (draw_dialog_answers(app, Msg::StorageForgetAllAnswer) == DialogAnswer::Yes) app.requests.forget_all = true;
    ImGui::EndPopup();
}

} // namespace

void draw_storage_controls(App& app) {
    bool keep = app.keep_in_browser;
    if (ImGui::Checkbox(ui_label(app, Msg::StorageKeep), &keep)) {
        app.keep_in_browser = keep;
        if (app.host.keep_in_browser_changed) app.host.keep_in_browser_changed(keep);
    }
    app.landmarks.keep_in_browser_checkbox = last_item_rect();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", ui(app, Msg::StorageKeepTooltip));
    if (ImGui::SmallButton(ui_label(app, Msg::StorageForgetAllButton)))
        ImGui::OpenPopup(ui_label(app, Msg::StorageForgetTitle));
    app.landmarks.forget_all_button = last_item_rect();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui(app, Msg::StorageForgetAllTooltip));
    draw_forget_dialog(app);
}

} // namespace synoptic::app
