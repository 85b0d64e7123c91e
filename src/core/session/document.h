// The comparison as a document: one object holding everything the user made
// (document_state.h), changed only by commands (commands.h), each checked
// first and either refused whole, with a message, or applied whole, undoably.
// A revision counts every change. Reading a document never starts work:
// aligning is asked for by alignment_job (alignment_job.h) and its result
// comes back as a command.
#pragma once
#include <cstddef>
#include <deque>
#include <vector>

#include "core/base/result.h"
#include "core/session/change.h"
#include "core/session/commands.h"
#include "core/session/document_state.h"

namespace synoptic {

struct Applied {
    Revision revision = 0;         // the document's revision after the command
    std::vector<ArticleId> added;  // the ids AddArticle gave, in order
};

class Document {
public:
    // Each step of the history keeps what it replaced; a re-alignment of a
    // book keeps all its rows (megabytes), so past this many steps the oldest
    // is forgotten.
    static constexpr size_t kMaxUndoSteps = 1000;

    Document() = default;

    // A document in `state` with no history: what a session file opens into.
    // The articles are read from their bytes (their analyses made), and the
    // state is refused if it breaks a rule commands keep: ids unique and
    // below `next_id`, names and languages as commands leave them
    // (article_rules.h), compared articles known, each once, at most
    // kMaxComparedArticles, rows holding every sentence once.
    static Result<Document> open(DocumentState state, uint32_t next_id);

    const DocumentState& state() const { return state_; }
    Revision revision() const { return revision_; }
    // The revision of the last change to what an alignment depends on.
    Revision inputs_revision() const { return inputs_revision_; }
    // The id the next added article will get; ids are never given twice,
    // not even after undo.
    uint32_t next_id() const { return next_id_; }

    // Applies a command, or refuses it and changes nothing (the revision
    // included). Messages count rows and sentences from 1, as a reader does.
    Result<Applied> apply(Command command);
    // Several commands as one step (undone together), each seeing what the
    // previous did; if one is refused, none is applied.
    Result<Applied> apply_all(std::vector<Command> commands);

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    size_t undo_steps() const { return undo_.size(); }
    // Take back the last step / make again the last step taken back; false
    // when there is none. A new command forgets the steps taken back.
    bool undo();
    bool redo();
    // Drops every step taken and taken back, with what they kept (removed
    // articles' bytes included): after "Forget all", Ctrl+Z must not bring
    // the articles back. The state and the revision stay as they are.
    void forget_history();

private:
    void record(Step step, bool completes_previous_step);

    DocumentState state_;
    Revision revision_ = 0;
    Revision inputs_revision_ = 0;
    uint32_t next_id_ = 1;
    std::deque<Step> undo_;
    std::vector<Step> redo_;
};

} // namespace synoptic
