#include <algorithm>
#include <iterator>

#include "app/i18n/interface_languages.h"
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

// The interface's language, by its own name ("Русский"), at the library's top.
void draw_interface_language_picker(App& app) {
    InterfaceText& t = app.interface_text;
    const std::vector<std::string>& languages = i18n::interface_languages();
    if (t.language_names.empty())
        for (const std::string& code : languages) {
            Result<i18n::LanguageHeader> h = i18n::load_language_header(code);
            t.language_names.push_back(h ? visual_text(h->name, h->right_to_left) : code);
        }
    const std::string& current = interface_catalog(app).language();
    const size_t shown = size_t(std::find(languages.begin(), languages.end(), current) - languages.begin());
    same_line_if_fits(ImGui::GetFontSize() * 7);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    const bool open = ImGui::BeginCombo("##interface_language", t.language_names[shown].c_str());
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    app.landmarks.interface_language = {min.x, min.y, size.x, size.y};
    if (!open && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui(app, Msg::InterfaceLanguage));
    if (!open) return;
    for (size_t i = 0; i < languages.size(); ++i) {
        const bool chosen = ImGui::Selectable(t.language_names[i].c_str(), i == shown);
        note_menu_item(app, languages[i].c_str()); // automation knows the entries by code ("ru")
        if (chosen && i != shown) app.requests.interface_language = languages[i];
    }
    ImGui::EndCombo();
}

// The last message for the user (a refused drop, a finished action).
void draw_status_line(App& app) {
    if (app.status.empty()) return;
    InterfaceText& t = app.interface_text;
    if (t.status_shown != app.status) {
        t.status_shown = app.status;
        t.status = TextLayout{};
    }
    draw_wrapped(app, t.status, app.status, ImGui::GetContentRegionAvail().x);
}

} // namespace

// The articles the user opened; a checkbox puts an article in the comparison,
// up to kMaxComparedArticles (the others' boxes are disabled and say why).
void draw_library_view(App& app) {
    const DocumentState& state = app.document.state();
    follow_articles(app);
    ImGui::TextDisabled("%s", ui(app, Msg::LibraryHeading, {{"count", state.articles.size()}}));
    draw_interface_language_picker(app);
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
                app.status = ui_logical(app, Msg::LibraryCompareAtLeastTwo);
            else
                app.requests.commands.push_back(SetCompared{std::move(compared)});
        }
        ImGui::EndDisabled();
        if (full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", ui(app, Msg::LibraryAtMost, {{"max", kMaxComparedArticles}}));
        const ImVec2 box_min = ImGui::GetItemRectMin(), box_size = ImGui::GetItemRectSize();
        app.landmarks.library_checkboxes[i] = {box_min.x, box_min.y, box_size.x, box_size.y};
        ImGui::SameLine();
        ImGui::BeginGroup();
        const std::string& title = a.meta.title.empty() ? d.name : a.meta.title;
        draw_wrapped(app, app.layouts.titles[i], title, ImGui::GetContentRegionAvail().x);
        // The file name too: two outlets' articles may carry the same title.
        if (!a.meta.title.empty()) ImGui::TextDisabled("%s", d.name.c_str());
        const std::string_view date = a.meta.date.empty() ? std::string_view(ui(app, Msg::LibraryNoDate))
                                                           : std::string_view(a.meta.date);
        ImGui::TextDisabled("%s", ui(app, Msg::LibraryArticleLine, {{"language", a.language},
                                                                    {"date", date},
                                                                    {"sentences", a.sentences.size()}}));
        const char* remove = ui(app, Msg::LibraryRemove);
        same_line_if_fits(ImGui::CalcTextSize(remove).x + 2 * ImGui::GetStyle().FramePadding.x);
        if (ImGui::SmallButton(remove)) app.requests.commands.push_back(RemoveArticle{d.id}); // Ctrl+Z brings it back
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::Text("%s", d.name.c_str());
            ImGui::TextDisabled("%s", ui(app, Msg::LibraryArticleDetails, {{"language", a.language},
                                                                          {"paragraphs", a.paragraphs.size()},
                                                                          {"sentences", a.sentences.size()}}));
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
    ui_wrapped(app, Msg::LibraryHelp);
    draw_status_line(app);
}

} // namespace synoptic::app
