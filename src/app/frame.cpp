#include "imgui.h"
#include "views/views.h"

namespace synoptic::app {

namespace {

void draw_library_panel(App& app, float width) {
    ImGui::BeginChild("library", ImVec2(width, 0), true);
    draw_library_view(app);
    ImGui::EndChild();
}

void draw_compare_panel(App& app, float width) {
    ImGui::BeginChild("compare", ImVec2(width, 0), false);
    draw_compare_view(app);
    ImGui::EndChild();
}

} // namespace

void draw_frame(App& app) {
    app.stats = RenderStats{};
    app.landmarks.clear();
    app.interface_text.drawn.reset();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Synoptic", nullptr, flags);
    const float library_width = std::max(220.0f * app.ui_scale, viewport->WorkSize.x * 0.22f);
    // A right-to-left interface mirrors the window: the library on the right.
    if (interface_right_to_left(app)) {
        draw_compare_panel(app, ImGui::GetContentRegionAvail().x - library_width - ImGui::GetStyle().ItemSpacing.x);
        ImGui::SameLine();
        draw_library_panel(app, library_width);
    } else {
        draw_library_panel(app, library_width);
        ImGui::SameLine();
        draw_compare_panel(app, 0); // the rest of the window
    }
    draw_open_session_dialog(app);
    ImGui::End();
}

void run_requests(App& app) {
    Requests& requests = app.requests;
    for (Command& command : requests.commands) apply(app, std::move(command));
    requests.commands.clear();
    if (requests.history == HistoryRequest::Undo) undo(app);
    if (requests.history == HistoryRequest::Redo) redo(app);
    requests.history = HistoryRequest::None;
    if (requests.open_pending_session) {
        requests.open_pending_session = false;
        if (app.pending_session) open_document(app, std::move(app.pending_session->document));
    }
    if (!requests.interface_language.empty()) {
        set_interface_language(app, requests.interface_language);
        requests.interface_language.clear();
    }
    if (requests.forget_all) {
        requests.forget_all = false;
        forget_all(app);
    }
}

} // namespace synoptic::app
