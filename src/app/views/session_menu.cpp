// "Save session": the whole comparison, edits included, as one
// .synoptic.json file the reader (or `synoptic export`) opens again.
#include "core/session/session_file.h"
#include "imgui.h"
#include "views.h"

namespace synoptic::app {

void draw_save_session_item(App& app) {
    ImGui::Separator();
    const char* label = "Save session (reopen it by dropping it on the page)";
    const bool chosen = ImGui::Selectable(label);
    note_menu_item(app, label);
    if (!chosen) return;
    if (app.host.save_file)
        app.host.save_file(ExportedFile{std::string("synoptic-session") + kSessionFileSuffix, "application/json",
                                        write_session(app.document)});
}

} // namespace synoptic::app
