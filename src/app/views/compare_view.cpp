#include "imgui.h"
#include "views.h"

namespace synoptic::app {

// The compared articles in columns, each in its own reading order.
void draw_compare_view(App& app) {
    Workspace& ws = app.workspace;
    const int columns = int(ws.compared.size());
    if (columns == 0) {
        ImGui::TextWrapped("Tick two or more articles in the library to compare them.");
        return;
    }
    ImGui::TextDisabled("COMPARE  (segmented; sentences in each article's own order)");
    const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("compare", columns, flags, ImGui::GetContentRegionAvail())) return;
    for (int c = 0; c < columns; ++c) {
        const Article& a = ws.articles[size_t(ws.compared[size_t(c)])];
        ImGui::TableSetupColumn(a.name.c_str());
    }
    ImGui::TableNextRow();
    for (int c = 0; c < columns; ++c) {
        ImGui::TableSetColumnIndex(c);
        const size_t index = size_t(ws.compared[size_t(c)]);
        const Article& a = ws.articles[index];
        const float width = ImGui::GetContentRegionAvail().x;
        ImGui::TextDisabled("%s  ·  %s", a.language.c_str(), a.meta.date.c_str());
        uint32_t paragraph = a.sentences.empty() ? 0 : a.sentences[0].paragraph;
        for (size_t s = 0; s < a.sentences.size(); ++s) {
            if (a.sentences[s].paragraph != paragraph) {
                paragraph = a.sentences[s].paragraph;
                ImGui::Spacing();
            }
            draw_sentence(app, index, s, width);
        }
    }
    ImGui::EndTable();
}

} // namespace synoptic::app
