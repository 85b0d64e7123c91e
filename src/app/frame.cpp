#include "imgui.h"
#include "views/views.h"

namespace synoptic::app {

void draw_frame(App& app) {
    app.stats = RenderStats{};
    app.landmarks = Landmarks{};
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
    ImGui::End();
}

void remove_article(App& app, size_t index) {
    if (index >= app.workspace.articles.size()) return;
    remove_article(app.workspace, index);
    if (index < app.layouts.titles.size()) app.layouts.titles.erase(app.layouts.titles.begin() + long(index));
    if (index < app.layouts.sentences.size())
        app.layouts.sentences.erase(app.layouts.sentences.begin() + long(index));
    if (app.host.article_removed) app.host.article_removed(index);
}

} // namespace synoptic::app
