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
    const char* label = "Save session (reopen it by dropping it on the page)";
    const bool chosen = ImGui::Selectable(label);
    note_menu_item(app, label);
    if (!chosen) return;
    if (app.host.save_file)
        app.host.save_file(ExportedFile{std::string("synoptic-session") + kSessionFileSuffix, "application/json",
                                        write_session(app.document)});
}

namespace {
constexpr const char* kOpenSessionDialog = "Open the session?";
} // namespace

void draw_open_session_dialog(App& app) {
    if (!app.pending_session) return;
    if (!ImGui::IsPopupOpen(kOpenSessionDialog)) ImGui::OpenPopup(kOpenSessionDialog);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kOpenSessionDialog, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const PendingSession& pending = *app.pending_session;
    ImGui::Text("Open %s? It has %d articles.", pending.name.c_str(),
                int(pending.document.state().articles.size()));
    ImGui::Text("It replaces the %d articles open now, with your corrections.",
                int(app.document.state().articles.size()));
    ImGui::TextDisabled("To keep them, cancel and use Export > Save session first.");
    ImGui::Spacing();
    const DialogAnswer answer = draw_dialog_answers(app, "Open the session");
    // Opened between frames, not while views read the library.
    if (answer == DialogAnswer::Yes) app.requests.open_pending_session = true;
    if (answer == DialogAnswer::Cancel) app.pending_session.reset();
    ImGui::EndPopup();
}

} // namespace synoptic::app
