// The Embind API behind window.synoptic: what the page's JavaScript (drops,
// the demo library, embedders, tests) may ask of the program.
#include <emscripten.h>
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "core/align/align_mode.h"
#include "core/align/multi_alignment.h"
#include "web/bridge.h"

namespace synoptic::web {

app::App& the_app() {
    static app::App app = [] {
        app::App made;
        // The browser's side of the app's requests (web/shell.html).
        made.host.save_file = [](const app::ExportedFile& f) {
            EM_ASM({ Module.saveFile(UTF8ToString($0), UTF8ToString($1), UTF8ToString($2, $3)); },
                   f.file_name.c_str(), f.mime_type.c_str(), f.content.data(), f.content.size());
        };
        made.host.copy_text = [](const std::string& text) {
            EM_ASM({ Module.copyText(UTF8ToString($0, $1)); }, text.data(), text.size());
        };
        made.host.article_removed = [](size_t index) {
            EM_ASM({ if (Module.onArticleRemoved) Module.onArticleRemoved($0); }, index);
        };
        return made;
    }();
    return app;
}

namespace {

// Bytes of a dropped file or pasted text; returns {"ok":true,"index":N} or
// {"ok":false,"error":"..."} and never throws into JavaScript.
std::string add_article(const std::string& name, const std::string& bytes) {
    app::App& app = the_app();
    Result<size_t> added = app::add_article(app.workspace, name, bytes);
    nlohmann::json out;
    if (added) {
        out = {{"ok", true}, {"index", *added},
               {"warnings", app.workspace.articles[*added].warnings}};
        app.status.clear();
    } else {
        out = {{"ok", false}, {"error", added.error().message}};
        app.status = added.error().message;
    }
    return out.dump();
}

// Which articles are compared, in column order; {"ok":false,...} when there
// are fewer than kMinComparedArticles or more than kMaxComparedArticles, or
// an index is out of range or repeated.
std::string compare(const std::vector<int>& indices) {
    app::Workspace& ws = the_app().workspace;
    if (std::optional<Error> problem = check_compared_count(indices.size()))
        return nlohmann::json{{"ok", false}, {"error", problem->message}}.dump();
    for (size_t i = 0; i < indices.size(); ++i) {
        const bool in_range = indices[i] >= 0 && size_t(indices[i]) < ws.articles.size();
        const bool repeated = std::find(indices.begin(), indices.begin() + long(i), indices[i]) != indices.begin() + long(i);
        if (!in_range || repeated)
            return nlohmann::json{{"ok", false}, {"error", "no such article, or named twice: " + std::to_string(indices[i])}}.dump();
    }
    ws.compared = indices;
    return nlohmann::json{{"ok", true}}.dump();
}

// "auto", "parallel" (translations) or "comparable" (independent reports).
std::string set_mode(const std::string& name) {
    std::optional<AlignMode> mode = parse_align_mode(name);
    if (!mode) return nlohmann::json{{"ok", false}, {"error", "mode must be auto, parallel or comparable"}}.dump();
    the_app().workspace.mode = *mode;
    return nlohmann::json{{"ok", true}}.dump();
}

// What the Export menu offers, for embedders that want the text itself:
// "json", "text", "tsv" or "tmx".
std::string export_text(const std::string& kind_name) {
    static const std::pair<const char*, app::ExportKind> kKinds[] = {
        {"json", app::ExportKind::ComparisonJson}, {"text", app::ExportKind::ComparisonText},
        {"tsv", app::ExportKind::PairTsv}, {"tmx", app::ExportKind::PairTmx}};
    for (const auto& [name, kind] : kKinds) {
        if (kind_name != name) continue;
        Result<app::ExportedFile> file = app::export_comparison(the_app().workspace, kind);
        if (!file) return nlohmann::json{{"ok", false}, {"error", file.error().message}}.dump();
        return nlohmann::json{{"ok", true}, {"fileName", file->file_name}, {"mimeType", file->mime_type},
                              {"content", file->content}}.dump();
    }
    return nlohmann::json{{"ok", false}, {"error", "export kind must be json, text, tsv or tmx"}}.dump();
}

// Removes an article from the library (the page's session follows through
// the host's article_removed).
std::string remove_article(int index) {
    app::App& app = the_app();
    if (index < 0 || size_t(index) >= app.workspace.articles.size())
        return nlohmann::json{{"ok", false}, {"error", "no such article: " + std::to_string(index)}}.dump();
    app::remove_article(app, size_t(index));
    return nlohmann::json{{"ok", true}}.dump();
}

std::string state_json() {
    app::App& app = the_app();
    app::refresh_comparison(app.workspace); // state() answers for the current selection
    nlohmann::json state = app::workspace_state(app.workspace);
    state["render"] = {{"glyphsDrawn", app.stats.glyphs_drawn},
                       {"glyphsMissing", app.stats.glyphs_missing},
                       {"rowsDrawn", app.stats.rows_drawn}};
    // Landmarks in CSS pixels, as the page's events and tests use them.
    const float r = app.ui_scale;
    auto css_rect = [r](const app::Rect& e) {
        return e.w > 0 ? nlohmann::json{{"x", e.x / r}, {"y", e.y / r}, {"w", e.w / r}, {"h", e.h / r}}
                       : nlohmann::json(nullptr);
    };
    state["layout"]["devicePixelRatio"] = r;
    state["layout"]["exportButton"] = css_rect(app.landmarks.export_button);
    state["layout"]["firstCell"] = css_rect(app.landmarks.first_cell);
    nlohmann::json checkboxes = nlohmann::json::array();
    for (const app::Rect& box : app.landmarks.library_checkboxes) checkboxes.push_back(css_rect(box));
    state["layout"]["libraryCheckboxes"] = checkboxes;
    return state.dump();
}

} // namespace

EMSCRIPTEN_BINDINGS(synoptic) {
    emscripten::function("addArticle", &add_article);
    emscripten::function("stateJson", &state_json);
    emscripten::function("compare", &compare);
    emscripten::function("setMode", &set_mode);
    emscripten::function("exportText", &export_text);
    emscripten::function("removeArticle", &remove_article);
    emscripten::register_vector<int>("IntVector");
}

} // namespace synoptic::web
