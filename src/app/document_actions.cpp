// How the app changes its document: commands only, each refusal told on the
// status line; alignments asked for by the document made between frames.
#include <algorithm>

#include "app/app.h"
#include "core/session/alignment_job.h"
#include "core/session/alignment_rows.h"
#include "core/session/session_file.h"

namespace synoptic::app {
namespace {

// Past this many sentences an alignment takes a second or more on the
// page's one thread: a frame says so first.
constexpr size_t kAnnouncedSentences = 2000;

template <class Outcome>
Outcome told(App& app, Outcome outcome) {
    if (!outcome) app.status = outcome.error().message;
    else app.status.clear();
    return outcome;
}

} // namespace

Result<ArticleId> add_article(Document& document, std::string_view name, std::string_view bytes) {
    const DocumentState& state = document.state();
    std::vector<Command> step;
    step.push_back(AddArticle{std::string(name), std::string(bytes), "", InputFormat::Auto});
    // The id AddArticle will give; the first two articles are compared as they come.
    const ArticleId fresh{document.next_id()};
    if (state.compared.size() < kMinComparedArticles && state.articles.size() + 1 >= kMinComparedArticles) {
        std::vector<ArticleId> compared = state.compared;
        for (const DocumentArticle& a : state.articles)
            if (compared.size() + 1 < kMinComparedArticles &&
                std::find(compared.begin(), compared.end(), a.id) == compared.end())
                compared.push_back(a.id);
        compared.push_back(fresh);
        step.push_back(SetCompared{std::move(compared)});
    }
    Result<Applied> applied = document.apply_all(std::move(step));
    if (!applied) return Error{std::string(name) + ": " + applied.error().message};
    return applied->added.front();
}

std::optional<ArticleId> article_at(const Document& document, size_t position) {
    if (position >= document.state().articles.size()) return std::nullopt;
    return document.state().articles[position].id;
}

Result<Applied> apply(App& app, Command command) { return told(app, app.document.apply(std::move(command))); }

Result<Applied> apply_all(App& app, std::vector<Command> commands) {
    return told(app, app.document.apply_all(std::move(commands)));
}

bool undo(App& app) {
    const bool done = app.document.undo();
    app.status = done ? "" : ui_logical(app, Msg::EditNothingToUndo);
    return done;
}

bool redo(App& app) {
    const bool done = app.document.redo();
    app.status = done ? "" : ui_logical(app, Msg::EditNothingToRedo);
    return done;
}

bool align_if_needed(App& app) {
    const DocumentState& state = app.document.state();
    if (!state.needs_alignment || state.compared.size() < kMinComparedArticles) {
        app.alignment_announced = false;
        return false;
    }
    size_t sentences = 0;
    for (size_t k = 0; k < state.compared.size(); ++k) sentences += state.column_article(k).sentence_count();
    if (sentences > kAnnouncedSentences && !app.alignment_announced) {
        app.alignment_announced = true; // the next frame draws "Aligning…"; the one after aligns
        return false;
    }
    app.alignment_announced = false;
    const AlignmentJob job = alignment_job(app.document);
    MultiAlignment alignment = align_job(job);
    Result<Applied> applied = app.document.apply(application_of(job, alignment));
    if (!applied) {
        app.status = applied.error().message;
        return false;
    }
    app.view.pairs = std::move(alignment.pairs);
    app.view.pairs_of = state.compared;
    return true;
}

void forget_all(App& app) {
    std::vector<Command> removals;
    for (const DocumentArticle& article : app.document.state().articles) removals.push_back(RemoveArticle{article.id});
    // A refusal leaves everything, the browser's copy included, as it was (the status says why).
    if (!removals.empty() && !apply_all(app, std::move(removals))) return;
    app.document.forget_history();
    app.status = ui_logical(app, Msg::StorageForgotten);
    if (app.host.forget_kept) app.host.forget_kept();
}

void refresh_view(App& app) {
    DocumentView& view = app.view;
    if (view.comparison_revision == app.document.revision()) return;
    view.comparison_revision = app.document.revision();
    const DocumentState& state = app.document.state();
    view.comparison = Comparison{};
    if (state.compared.size() < kMinComparedArticles) return;
    ComparedArticles compared;
    for (size_t k = 0; k < state.compared.size(); ++k) {
        compared.articles.push_back(&state.column_article(k).article());
        compared.features.push_back(&state.column_article(k).analysis->features);
    }
    view.comparison = compare_rows(compared, std::vector<AlignedRow>(state.rows.begin(), state.rows.end()));
    for (size_t k = 0; k < state.compared.size(); ++k) view.comparison.article_names[k] = state.column_article(k).name;
}

namespace {

void report_selection(App& app) {
    const CellCursor& cursor = app.cursor;
    CellCursor& reported = app.reported_cursor;
    const bool moved = cursor.shown != reported.shown || cursor.row != reported.row || cursor.column != reported.column;
    if (!moved) return;
    reported = cursor;
    const DocumentState& state = app.document.state();
    if (!cursor.shown || cursor.row >= state.rows.size() || cursor.column >= state.compared.size()) return;
    const std::vector<uint32_t>& cell = state.rows[cursor.row].sentences[cursor.column];
    if (app.host.selection_changed)
        app.host.selection_changed(*state.position_of(state.compared[cursor.column]),
                                   cell.empty() ? -1 : long(cell.front()), cursor.row);
}

} // namespace

void report_changes(App& app) {
    report_selection(app);
    if (app.reported_revision == app.document.revision()) return;
    app.reported_revision = app.document.revision();
    if (app.host.document_changed) app.host.document_changed(app.reported_revision);
}

} // namespace synoptic::app

namespace synoptic::app {

void open_document(App& app, Document document) {
    app.document = std::move(document);
    app.view = DocumentView{};
    app.layouts = LayoutCache{};
    app.requests = Requests{};
    app.alignment_announced = false;
    app.cursor = CellCursor{};
    app.pending_session.reset();
    app.reported_revision = ~Revision(0); // a new document: the host keeps it
    app.status.clear();
}

Result<bool> open_session_file(App& app, std::string_view name, std::string_view bytes) {
    Result<Document> opened = read_session(bytes);
    if (!opened) {
        app.status = ui_logical(app, Msg::SessionCannotOpen, {{"name", name}, {"error", opened.error().message}});
        return Error{app.status};
    }
    if (app.document.state().articles.empty()) {
        open_document(app, std::move(*opened));
        return true;
    }
    app.pending_session = PendingSession{std::string(name), std::move(*opened)};
    return false;
}

bool looks_like_session(std::string_view name, std::string_view bytes) {
    const std::string_view suffix = kSessionFileSuffix;
    if (name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix) return true;
    const size_t start = bytes.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || bytes[start] != '{') return false;
    return bytes.substr(start, 200).find(std::string("\"") + kSessionFormat + "\"") != std::string_view::npos;
}

} // namespace synoptic::app
