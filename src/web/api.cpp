// The Embind API behind window.synoptic: what the page's JavaScript (drops,
// the demo library, embedders, tests) may ask of the program. Every change
// is a command on the app's document; answers are JSON and never throw into
// JavaScript.
#include <emscripten.h>
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/align/align_mode.h"
#include "core/align/multi_alignment.h"
#include "app/i18n/interface_languages.h"
#include "core/session/session_file.h"
#include "web/bridge.h"
#include "web/edit_command.h"

namespace synoptic::web {

app::App& the_app() {
    static app::App app = [] {
        app::App made;
        // The browser's side of the app's requests (web/shell.html).
        made.host.save_file = [](const ExportedFile& f) {
            EM_ASM({ Module.saveFile(UTF8ToString($0), UTF8ToString($1), UTF8ToString($2, $3)); },
                   f.file_name.c_str(), f.mime_type.c_str(), f.content.data(), f.content.size());
        };
        made.host.copy_text = [](const std::string& text) {
            EM_ASM({ Module.copyText(UTF8ToString($0, $1)); }, text.data(), text.size());
        };
        made.host.document_changed = [](Revision revision) {
            EM_ASM({ if (Module.onDocumentChanged) Module.onDocumentChanged($0); }, double(revision));
        };
        made.host.forget_kept = [] { EM_ASM({ if (Module.forgetKept) Module.forgetKept(); }); };
        made.host.selection_changed = [](size_t article, long sentence, size_t row) {
            EM_ASM({ if (Module.onSelection) Module.onSelection($0, $1, $2); }, double(article), double(sentence),
                   double(row));
        };
        made.host.interface_language_changed = [](const std::string& language) {
            EM_ASM({ if (Module.interfaceLanguageChanged) Module.interfaceLanguageChanged(UTF8ToString($0)); },
                   language.c_str());
        };
        made.host.keep_in_browser_changed = [](bool on) {
            EM_ASM({ if (Module.keepInBrowserChanged) Module.keepInBrowserChanged($0 !== 0); }, on ? 1 : 0);
        };
        return made;
    }();
    return app;
}

void choose_interface_language_from_page() {
    std::vector<std::string> preferred;
    const emscripten::val languages = emscripten::val::module_property("interfaceLanguages");
    if (languages.isArray()) preferred = emscripten::vecFromJSArray<std::string>(languages);
    Result<bool> set = app::set_interface_language(the_app(), i18n::choose_interface_language(preferred));
    if (!set) std::fprintf(stderr, "synoptic: %s\n", set.error().message.c_str());
}

namespace {

std::string refused(const std::string& message) { return nlohmann::json{{"ok", false}, {"error", message}}.dump(); }

std::string done(const app::App& app) {
    return nlohmann::json{{"ok", true}, {"revision", app.document.revision()}}.dump();
}

size_t position_of(const app::App& app, ArticleId id) { return *app.document.state().position_of(id); }

// Bytes of a dropped file or pasted text; returns {"ok":true,"index":N} or
// {"ok":false,"error":"..."}.
std::string add_article(const std::string& name, const std::string& bytes) {
    app::App& app = the_app();
    Result<ArticleId> added = app::add_article(app.document, name, bytes);
    if (!added) {
        app.status = added.error().message;
        return refused(added.error().message);
    }
    app.status.clear();
    const size_t index = position_of(app, *added);
    return nlohmann::json{{"ok", true}, {"index", index}, {"id", id_number(*added)},
                          {"warnings", app.document.state().articles[index].article().warnings}}.dump();
}

// Which articles are compared, in column order (library indices).
std::string compare(const std::vector<int>& indices) {
    app::App& app = the_app();
    const DocumentState& state = app.document.state();
    if (std::optional<Error> problem = check_compared_count(indices.size())) return refused(problem->message);
    std::vector<ArticleId> ids;
    for (int index : indices) {
        if (index < 0 || size_t(index) >= state.articles.size()) return refused("no such article: " + std::to_string(index));
        ids.push_back(state.articles[size_t(index)].id);
    }
    if (ids == state.compared) return nlohmann::json{{"ok", true}}.dump();
    Result<Applied> applied = app.document.apply(SetCompared{ids});
    if (!applied) return refused(applied.error().message);
    return nlohmann::json{{"ok", true}}.dump();
}

// "auto", "parallel" (translations) or "comparable" (independent reports).
std::string set_mode(const std::string& name) {
    app::App& app = the_app();
    std::optional<AlignMode> mode = parse_align_mode(name);
    if (!mode) return refused("mode must be auto, parallel or comparable");
    if (*mode == app.document.state().mode) return nlohmann::json{{"ok", true}}.dump();
    Result<Applied> applied = app.document.apply(SetMode{*mode});
    if (!applied) return refused(applied.error().message);
    return nlohmann::json{{"ok", true}}.dump();
}

// One pair's own mode (library indices, either order): "auto", "parallel",
// "comparable", or "document" to align it as every other pair again.
std::string set_pair_mode(int first, int second, const std::string& name) {
    app::App& app = the_app();
    std::optional<ArticleId> a = first < 0 ? std::nullopt : app::article_at(app.document, size_t(first));
    std::optional<ArticleId> b = second < 0 ? std::nullopt : app::article_at(app.document, size_t(second));
    if (!a || !b) return refused("no such article: " + std::to_string(a ? second : first));
    SetPairMode command{*a, *b, AlignMode::Auto, name == "document"};
    if (!command.follow_document) {
        std::optional<AlignMode> mode = parse_align_mode(name);
        if (!mode) return refused("a pair's mode must be auto, parallel, comparable or document");
        command.mode = *mode;
    }
    Result<Applied> applied = app.document.apply(command);
    if (!applied) return refused(applied.error().message);
    return done(app);
}

// The find box, from JavaScript: shows `query` in it, marks its matches and
// returns them: {matches: [{article, sentence, start, end}]} (article = library
// index, offsets in code points of the sentence), in the order of the rows.
std::string find(const std::string& query) {
    app::App& app = the_app();
    app::FindState& box = app.find;
    box.open = true;
    const size_t length = std::min(query.size(), box.input.size() - 1);
    std::copy_n(query.data(), length, box.input.data());
    box.input[length] = '\0';
    box.query.assign(box.input.data());
    app::run_find(app);
    const DocumentState& state = app.document.state();
    nlohmann::json matches = nlohmann::json::array();
    for (const auto& [column, index] : box.walk) {
        const TextMatch& m = box.matches[column][index];
        matches.push_back({{"article", position_of(app, state.compared[column])}, {"sentence", m.sentence},
                           {"start", m.start}, {"end", m.end}});
    }
    return nlohmann::json{{"ok", true}, {"query", box.query}, {"matches", matches}}.dump();
}

// What the Export menu saves, from the document's rows: "json", "text", "tsv" or "tmx".
std::string export_text(const std::string& kind_name) {
    std::optional<ExportFormat> format = parse_export_format(kind_name);
    if (!format) return refused("export kind must be json, text, tsv, tmx or html");
    Result<ExportedFile> file = export_document(the_app().document, *format);
    if (!file) return refused(file.error().message);
    return nlohmann::json{{"ok", true}, {"fileName", file->file_name}, {"mimeType", file->mime_type},
                          {"content", file->content}}.dump();
}

// Takes an article out of the library, undoably.
std::string remove_article(int index) {
    app::App& app = the_app();
    std::optional<ArticleId> id = index < 0 ? std::nullopt : app::article_at(app.document, size_t(index));
    if (!id) return refused("no such article: " + std::to_string(index));
    Result<Applied> applied = app.document.apply(RemoveArticle{*id});
    if (!applied) return refused(applied.error().message);
    return nlohmann::json{{"ok", true}}.dump();
}

// One row edit as JSON (web/edit_command.h).
std::string edit(const std::string& command_json) {
    app::App& app = the_app();
    const nlohmann::json parsed = nlohmann::json::parse(command_json, nullptr, false);
    if (parsed.is_discarded()) return refused("the edit is not JSON");
    Result<Command> command = parse_edit(parsed, app.document.state());
    if (!command) return refused(command.error().message);
    Result<Applied> applied = app.document.apply(std::move(*command));
    if (!applied) return refused(applied.error().message);
    return done(app);
}

// Without WebGL2 there are no frames to align between: the page asks, after
// each change, for the alignment the document is waiting for.
void align_now() {
    app::App& app = the_app();
    app::run_requests(app);
    // A long alignment is announced by a frame first; there is none to draw.
    if (!app::align_if_needed(app) && app.alignment_announced) app::align_if_needed(app);
}

std::string undo() {
    app::App& app = the_app();
    if (!app.document.undo()) return refused("nothing to undo");
    return done(app);
}

std::string redo() {
    app::App& app = the_app();
    if (!app.document.redo()) return refused("nothing to redo");
    return done(app);
}

// Empties the library and has the page delete what the browser keeps; no
// confirmation here (the UI's dialog asks; a caller of the API has decided).
std::string forget_all() {
    app::App& app = the_app();
    const size_t before = app.document.state().articles.size();
    app::forget_all(app);
    if (app.document.state().articles.size() == before && before > 0) return refused(app.status);
    return done(app);
}

// The page's stored choice, for the checkbox; the page does the keeping.
void set_keep_in_browser(bool on) { the_app().keep_in_browser = on; }

// The library the page opens with (the demo articles, or what an older
// page kept) is where undo starts: Ctrl+Z on a first visit removes nothing.
void forget_history() { the_app().document.forget_history(); }

std::string save_session() { return write_session(the_app().document); }

// The browser's dblclick on the canvas: the next frame selects the word under the mouse.
void double_clicked() { the_app().selection.double_click_heard = true; }

// Replaces the document by a session file's; a damaged one changes nothing.
std::string load_session(const std::string& text) {
    app::App& app = the_app();
    Result<Document> opened = read_session(text);
    if (!opened) {
        app.status = "This session cannot be opened: " + opened.error().message;
        return refused(app.status);
    }
    app::open_document(app, std::move(*opened));
    return done(app);
}

// A dropped file: a session file (by its name or its first bytes) opens,
// anything else is added as an article. {"ok", "opened": "session"|"article", ...}.
std::string open_file(const std::string& name, const std::string& bytes) {
    if (!app::looks_like_session(name, bytes)) {
        nlohmann::json out = nlohmann::json::parse(add_article(name, bytes));
        out["opened"] = "article";
        return out.dump();
    }
    app::App& app = the_app();
    Result<bool> opened = app::open_session_file(app, name, bytes);
    if (!opened) return nlohmann::json{{"ok", false}, {"error", opened.error().message}, {"opened", "session"}}.dump();
    // Over open articles, the page asks first (state().pendingSession).
    return nlohmann::json{{"ok", true}, {"opened", "session"}, {"asking", !*opened}}.dump();
}

// The interface in one of its languages ("en", "ru", "kk", "tr", "ar").
std::string set_interface_language(const std::string& language) {
    app::App& app = the_app();
    if (Result<bool> set = app::set_interface_language(app, language); !set)
        return refused(set.error().message + "; it has " + nlohmann::json(i18n::interface_languages()).dump());
    return nlohmann::json{{"ok", true}, {"interfaceLanguage", language}}.dump();
}

std::string state_json() {
    app::App& app = the_app();
    app::refresh_view(app); // the facts of the rows as they are; never an alignment
    nlohmann::json state = app::document_state_json(app.document, app.view);
    state["render"] = {{"glyphsDrawn", app.stats.glyphs_drawn},
                       {"glyphsMissing", app.stats.glyphs_missing},
                       {"rowsDrawn", app.stats.rows_drawn}};
    state["status"] = app.status;
    state["textSize"] = app.text_size;
    state["interfaceLanguage"] = app::interface_catalog(app).language();
    state["interfaceDirection"] = app::interface_right_to_left(app) ? "rtl" : "ltr";
    state["interfaceLanguages"] = i18n::interface_languages();
    nlohmann::json messages = nlohmann::json::array();
    const i18n::Catalog& catalog = app::interface_catalog(app);
    for (size_t m = 0; m < i18n::kMessageCount; ++m)
        if (app.interface_text.drawn.test(m))
            messages.push_back({{"key", i18n::message_key(i18n::Msg(m))}, {"pattern", catalog.pattern(i18n::Msg(m))}});
    state["interfaceMessages"] = messages;
    state["find"] = {{"open", app.find.open}, {"query", app.find.query}, {"matches", app.find.walk.size()},
                     {"current", app.find.stepped ? nlohmann::json(app.find.current) : nlohmann::json(nullptr)}};
    nlohmann::json latin = nlohmann::json::array();
    for (ArticleId id : app.shown_in_latin)
        if (auto position = app.document.state().position_of(id)) latin.push_back(*position);
    state["latinColumns"] = latin;
    state["pendingSession"] = app.pending_session ? nlohmann::json(app.pending_session->name) : nlohmann::json(nullptr);
    const app::CellCursor& cursor = app.cursor;
    nlohmann::json linking = nullptr;
    if (cursor.linking && app.document.state().position_of(cursor.linking->article))
        linking = {{"article", position_of(app, cursor.linking->article)}, {"sentence", cursor.linking->sentence}};
    state["cursor"] = {{"shown", cursor.shown}, {"row", cursor.row}, {"column", cursor.column}, {"linking", linking}};
    const app::TextSelection& selection = app.selection;
    state["selection"] = nullptr;
    if (selection.shown && selection.sentence && app.document.state().position_of(selection.sentence->article))
        state["selection"] = {{"article", position_of(app, selection.sentence->article)},
                              {"sentence", selection.sentence->sentence},
                              {"start", selection.start()},
                              {"end", selection.end()},
                              {"text", app::selected_text(app)}};
    // Landmarks in CSS pixels, as the page's events and tests use them.
    const float r = app.ui_scale;
    auto css_rect = [r](const app::Rect& e) {
        return e.w > 0 ? nlohmann::json{{"x", e.x / r}, {"y", e.y / r}, {"w", e.w / r}, {"h", e.h / r}}
                       : nlohmann::json(nullptr);
    };
    state["layout"]["devicePixelRatio"] = r;
    state["layout"]["exportButton"] = css_rect(app.landmarks.export_button);
    state["layout"]["pairsButton"] = css_rect(app.landmarks.pairs_button);
    state["layout"]["factsTab"] = css_rect(app.landmarks.facts_tab);
    nlohmann::json fact_names = nlohmann::json::array();
    for (const app::Rect& name : app.landmarks.fact_names) fact_names.push_back(css_rect(name));
    state["layout"]["factNames"] = fact_names;
    nlohmann::json latin_buttons = nlohmann::json::array();
    for (const app::Rect& button : app.landmarks.latin_buttons) latin_buttons.push_back(css_rect(button));
    state["layout"]["latinButtons"] = latin_buttons;
    state["layout"]["firstCell"] = css_rect(app.landmarks.first_cell);
    state["layout"]["interfaceLanguage"] = css_rect(app.landmarks.interface_language);
    state["layout"]["forgetAllButton"] = css_rect(app.landmarks.forget_all_button);
    state["layout"]["keepInBrowserCheckbox"] = css_rect(app.landmarks.keep_in_browser_checkbox);
    nlohmann::json checkboxes = nlohmann::json::array();
    for (const app::Rect& box : app.landmarks.library_checkboxes) checkboxes.push_back(css_rect(box));
    state["layout"]["libraryCheckboxes"] = checkboxes;
    nlohmann::json cells = nlohmann::json::array();
    for (const app::CellLandmark& cell : app.landmarks.cells)
        cells.push_back({{"row", cell.row}, {"column", cell.column}, {"rect", css_rect(cell.rect)}});
    state["layout"]["cells"] = cells;
    nlohmann::json ink = nlohmann::json::array();
    for (const app::FactInkLandmark& mark : app.landmarks.fact_ink)
        ink.push_back({{"row", mark.row}, {"column", mark.column}, {"sentence", mark.sentence}, {"start", mark.start},
                       {"end", mark.end}, {"fact", mark.fact}, {"status", fact_status_name(mark.status)}});
    state["layout"]["factInk"] = ink;
    nlohmann::json items = nlohmann::json::array();
    for (const app::MenuItemLandmark& item : app.landmarks.menu_items)
        items.push_back({{"label", item.label}, {"rect", css_rect(item.rect)}});
    state["layout"]["menuItems"] = items;
    return state.dump();
}

} // namespace

EMSCRIPTEN_BINDINGS(synoptic) {
    emscripten::function("addArticle", &add_article);
    emscripten::function("stateJson", &state_json);
    emscripten::function("compare", &compare);
    emscripten::function("setMode", &set_mode);
    emscripten::function("find", &find);
    emscripten::function("alignNow", &align_now);
    emscripten::function("setPairMode", &set_pair_mode);
    emscripten::function("exportText", &export_text);
    emscripten::function("removeArticle", &remove_article);
    emscripten::function("edit", &edit);
    emscripten::function("undo", &undo);
    emscripten::function("redo", &redo);
    emscripten::function("saveSession", &save_session);
    emscripten::function("loadSession", &load_session);
    emscripten::function("openFile", &open_file);
    emscripten::function("forgetAll", &forget_all);
    emscripten::function("setKeepInBrowser", &set_keep_in_browser);
    emscripten::function("forgetHistory", &forget_history);
    emscripten::function("doubleClicked", &double_clicked);
    emscripten::function("setInterfaceLanguage", &set_interface_language);
    emscripten::register_vector<int>("IntVector");
}

} // namespace synoptic::web
