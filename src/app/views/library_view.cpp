#include <algorithm>

#include "core/align/multi_alignment.h"
#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

// The layouts kept per library position follow the articles: a position
// now holding another article (one removed, or brought back by undo) or
// the same read again starts afresh.
void follow_articles(App& app) {
    const DocumentState& state = app.document.state();
    LayoutCache& cache = app.layouts;
    const size_t n = state.articles.size();
    cache.sentences.resize(n);
    cache.titles.resize(n);
    cache.made_for.resize(n, nullptr);
    cache.latin_text.resize(n);
    cache.latin_layouts.resize(n);
    cache.titles_for.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const DocumentArticle& a = state.articles[i];
        if (cache.made_for[i] != a.analysis.get()) {
            cache.made_for[i] = a.analysis.get();
            cache.sentences[i].clear();
            cache.latin_text[i].clear();
            cache.latin_layouts[i].clear();
            cache.titles[i] = TextLayout{};
        }
        if (cache.titles_for[i] != a.name) {
            cache.titles_for[i] = a.name;
            cache.titles[i] = TextLayout{};
        }
    }
}

} // namespace

// The articles the user opened; a checkbox puts an article in the comparison,
// up to kMaxComparedArticles (the others' boxes are disabled and say why).
void draw_library_view(App& app) {
    const DocumentState& state = app.document.state();
    follow_articles(app);
    ImGui::TextDisabled("LIBRARY  (%d articles)", int(state.articles.size()));
    ImGui::Separator();
    app.landmarks.library_checkboxes.resize(state.articles.size());
    for (size_t i = 0; i < state.articles.size(); ++i) {
        const DocumentArticle& d = state.articles[i];
        const Article& a = d.article();
        ImGui::PushID(int(id_number(d.id)));
        auto it = std::find(state.compared.begin(), state.compared.end(), d.id);
        bool on = it != state.compared.end();
        const bool full = !on && state.compared.size() >= kMaxComparedArticles;
        ImGui::BeginDisabled(full);
        if (ImGui::Checkbox("##compare", &on)) {
            std::vector<ArticleId> compared = state.compared;
            if (on) compared.push_back(d.id);
            else compared.erase(compared.begin() + (it - state.compared.begin()));
            if (compared.size() < kMinComparedArticles)
                app.status = "Compare at least two articles: tick another before unticking this one.";
            else
                app.requests.commands.push_back(SetCompared{std::move(compared)});
        }
        ImGui::EndDisabled();
        if (full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("At most %zu articles side by side: untick one to compare this one.",
                              kMaxComparedArticles);
        const ImVec2 box_min = ImGui::GetItemRectMin(), box_size = ImGui::GetItemRectSize();
        app.landmarks.library_checkboxes[i] = {box_min.x, box_min.y, box_size.x, box_size.y};
        ImGui::SameLine();
        ImGui::BeginGroup();
        const std::string& title = a.meta.title.empty() ? d.name : a.meta.title;
        draw_wrapped(app, app.layouts.titles[i], title, ImGui::GetContentRegionAvail().x);
        // The file name too: two outlets' articles may carry the same title.
        if (!a.meta.title.empty()) ImGui::TextDisabled("%s", d.name.c_str());
        ImGui::TextDisabled("%s · %s · %d sentences", a.language.c_str(),
                            a.meta.date.empty() ? "no date" : a.meta.date.c_str(),
                            int(a.sentences.size()));
        same_line_if_fits(ImGui::CalcTextSize("remove").x + 2 * ImGui::GetStyle().FramePadding.x);
        if (ImGui::SmallButton("remove")) app.requests.commands.push_back(RemoveArticle{d.id}); // Ctrl+Z brings it back
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::Text("%s", d.name.c_str());
            ImGui::TextDisabled("%s · %d paragraphs · %d sentences", a.language.c_str(), int(a.paragraphs.size()),
                                int(a.sentences.size()));
            for (const std::string& warning : a.warnings) ImGui::TextWrapped("%s", warning.c_str());
            ImGui::EndTooltip();
        }
        ImGui::PopID();
        ImGui::Spacing();
    }
    ImGui::Separator();
    // Below the articles, so the list starts at the top whatever their number.
    draw_storage_controls(app);
    ImGui::Spacing();
    ImGui::TextWrapped("Drop .txt, .html or .md files on the page to add articles, or a .synoptic.json "
                       "session to open it. Ctrl+Z undoes, Ctrl+Shift+Z redoes.");
    if (!app.status.empty()) ImGui::TextWrapped("%s", app.status.c_str());
}

} // namespace synoptic::app
