// Session files in the page: "Save session" writes the whole comparison,
// edits included, as one .synoptic.json file the reader (or `synoptic
// export`) opens again; a dropped one replaces the open articles only once
// the user says so.
#include "core/session/session_file.h"
#include "imgui.h"
#include "views.h"

namespace synoptic::app {

void draw_save_session_item(App& app) {
    ImGui::Separator();
    const bool chosen = ImGui::Selectable(ui(app, Msg::ExportSaveSession));
    note_menu_item(app, Msg::ExportSaveSession);
    if (!chosen) return;
    if (app.host.save_file)
        app.host.save_file(ExportedFile{std::string("synoptic-session") + kSessionFileSuffix, "application/json",
                                        write_session(app.document)});
}

void draw_open_session_dialog(App& app) {
    if (!app.pending_session) return;
    const char* dialog = ui_label(app, Msg::SessionOpenTitle);
    if (!ImGui::IsPopupOpen(dialog)) ImGui::OpenPopup(dialog);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(dialog, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const PendingSession& pending = *app.pending_session;
    ImGui::TextUnformatted(ui(app, Msg::SessionOpenQuestion, {{"name", pending.name},
                                                              {"count", pending.document.state().articles.size()}}));
    ImGui::TextUnformatted(ui(app, Msg::SessionReplaces, {{"count", app.document.state().articles.size()}}));
    ImGui::TextDisabled("%s", ui(app, Msg::SessionKeepHint));
    ImGui::Spacing();
    const DialogAnswer answer = draw_dialog_answers(app, Msg::SessionOpenAnswer);
    // Opened between frames, not while views read the library.
    if (answer == DialogAnswer::Yes) app.requests.open_pending_session = true;
    if (answer == DialogAnswer::Cancel) app.pending_session.reset();
    ImGui::EndPopup();
}

} // namespace synoptic::app
