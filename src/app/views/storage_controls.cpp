// What this browser keeps, and forgetting it, under the library's articles:
// "Keep in this browser" (the host stores the choice and the session) and
// "Forget all…", which asks first because it cannot be undone.
#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

constexpr const char* kForgetDialog = "Forget all?";

Rect last_item_rect() {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    return {min.x, min.y, size.x, size.y};
}

// The confirmation: nothing is forgotten until the user says so here.
void draw_forget_dialog(App& app) {
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kForgetDialog, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("Forget all articles and what this browser keeps? This cannot be undone.");
    ImGui::TextDisabled("To keep a copy, use Export > Save session first.");
    ImGui::Spacing();
    // Forgotten between frames, not while views read the library.
    if (draw_dialog_answers(app, "Forget all") == DialogAnswer::Yes) app.requests.forget_all = true;
    ImGui::EndPopup();
}

} // namespace

void draw_storage_controls(App& app) {
    bool keep = app.keep_in_browser;
    if (ImGui::Checkbox("Keep in this browser", &keep)) {
        app.keep_in_browser = keep;
        if (app.host.keep_in_browser_changed) app.host.keep_in_browser_changed(keep);
    }
    app.landmarks.keep_in_browser_checkbox = last_item_rect();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Ticked: your articles and corrections stay in this browser for your next visit.\n"
                          "Any other HTML file opened from disk in this browser can read them.\n"
                          "Unticked: they are deleted from the browser and nothing is kept.");
    if (ImGui::SmallButton("Forget all\xE2\x80\xA6")) ImGui::OpenPopup(kForgetDialog);
    app.landmarks.forget_all_button = last_item_rect();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Empty the library and delete what this browser keeps.");
    draw_forget_dialog(app);
}

} // namespace synoptic::app
