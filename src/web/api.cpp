// The Embind API behind window.synoptic: what the page's JavaScript (drops,
// the demo library, embedders, tests) may ask of the program.
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <string>

#include "web/bridge.h"

namespace synoptic::web {

app::App& the_app() {
    static app::App app;
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

std::string state_json() {
    app::App& app = the_app();
    nlohmann::json state = nlohmann::json::parse(app::workspace_state_json(app.workspace));
    state["render"] = {{"glyphsDrawn", app.stats.glyphs_drawn},
                       {"glyphsMissing", app.stats.glyphs_missing}};
    return state.dump();
}

} // namespace

EMSCRIPTEN_BINDINGS(synoptic) {
    emscripten::function("addArticle", &add_article);
    emscripten::function("stateJson", &state_json);
}

} // namespace synoptic::web
