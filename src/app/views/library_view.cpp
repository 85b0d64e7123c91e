#include <algorithm>

#include "core/align/multi_alignment.h"
#include "imgui.h"
#include "views.h"

namespace synoptic::app {

// The articles the user opened; a checkbox puts an article in the comparison,
// up to kMaxComparedArticles (the others' boxes are disabled and say why).
void draw_library_view(App& app) {
    Workspace& ws = app.workspace;
    int remove = -1;
    ImGui::TextDisabled("LIBRARY  (%d articles)", int(ws.articles.size()));
    ImGui::Separator();
    for (size_t i = 0; i < ws.articles.size(); ++i) {
        const Article& a = ws.articles[i];
        ImGui::PushID(int(i));
        auto it = std::find(ws.compared.begin(), ws.compared.end(), int(i));
        bool on = it != ws.compared.end();
        const bool full = !on && ws.compared.size() >= kMaxComparedArticles;
        ImGui::BeginDisabled(full);
        if (ImGui::Checkbox("##compare", &on)) {
            if (on) ws.compared.push_back(int(i));
            else ws.compared.erase(it);
        }
        ImGui::EndDisabled();
        if (full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("At most %zu articles side by side: untick one to compare this one.",
                              kMaxComparedArticles);
        const ImVec2 box_min = ImGui::GetItemRectMin(), box_size = ImGui::GetItemRectSize();
        app.landmarks.library_checkboxes.resize(ws.articles.size());
        app.landmarks.library_checkboxes[i] = {box_min.x, box_min.y, box_size.x, box_size.y};
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (app.layouts.titles.size() < ws.articles.size()) app.layouts.titles.resize(ws.articles.size());
        const std::string& title = a.meta.title.empty() ? a.name : a.meta.title;
        draw_wrapped(app, app.layouts.titles[i], title, ImGui::GetContentRegionAvail().x);
        ImGui::TextDisabled("%s · %s · %d sentences", a.language.c_str(),
                            a.meta.date.empty() ? "no date" : a.meta.date.c_str(),
                            int(a.sentences.size()));
        ImGui::SameLine();
        if (ImGui::SmallButton("remove")) remove = int(i);
        ImGui::EndGroup();
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (remove >= 0) remove_article(app, size_t(remove)); // after the loop: indices shift
    ImGui::Separator();
    ImGui::TextWrapped("Drop .txt, .html or .md files on the page to add articles.");
    if (!app.status.empty()) ImGui::TextWrapped("%s", app.status.c_str());
}

} // namespace synoptic::app
