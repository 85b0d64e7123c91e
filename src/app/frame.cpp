#include "imgui.h"
#include "views/views.h"

namespace synoptic::app {

void draw_frame(App& app) {
    app.stats = RenderStats{};
    app.landmarks.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Synoptic", nullptr, flags);
    const float library_width = std::max(220.0f * app.ui_scale, viewport->WorkSize.x * 0.22f);
    ImGui::BeginChild("library", ImVec2(library_width, 0), true);
    draw_library_view(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("compare", ImVec2(0, 0), false);
    draw_compare_view(app);
    ImGui::EndChild();
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
    if (requests.forget_all) {
        requests.forget_all = false;
        forget_all(app);
    }
}

} // namespace synoptic::app
