// The reversible changes every command is made of. Each holds a value and
// swaps it with the document's: applied once it makes the change and then
// holds what undoes it; applied again it takes the change back. Undo and redo
// are the same operation, and what a step keeps is only what it replaced.
#pragma once
#include <cstddef>
#include <optional>
#include <variant>
#include <vector>

#include "core/session/document_state.h"

namespace synoptic {

// Rows [begin, begin + count) replaced by `rows`: the one primitive of every
// row edit. An edit costs the rows it touches, not the document's size.
struct RowsChange {
    size_t begin = 0;
    size_t count = 0;
    std::vector<Row> rows;
};

// An article coming into the library at `position` (when `article` holds
// one) or leaving it from there (when it holds none).
struct LibraryChange {
    size_t position = 0;
    std::optional<DocumentArticle> article;
};

// The article at `position` exchanged for another version of itself (renamed, read again).
struct ArticleChange {
    size_t position = 0;
    DocumentArticle article;
};

struct ComparedChange {
    std::vector<ArticleId> compared;
};

struct ModeChange {
    AlignMode mode = AlignMode::Auto;
};

struct PairModesChange {
    std::vector<PairMode> pair_modes;
};

struct PairOutcomesChange {
    std::vector<PairOutcome> pair_outcomes;
};

struct AlignmentNeedChange {
    bool needs_alignment = false;
};

using Change = std::variant<RowsChange, LibraryChange, ArticleChange, ComparedChange, ModeChange, PairModesChange,
                            PairOutcomesChange, AlignmentNeedChange>;

// Makes `change` in `state`; `change` then holds what takes it back.
void swap_change(DocumentState& state, Change& change);

// What one command (or one batch of commands) did, in order.
struct Step {
    std::vector<Change> changes;
    bool changes_inputs = false; // compared articles, their reading or the mode: an alignment is due
};

// Makes changes one at a time while recording them, so a command can look
// at the state its earlier changes left, and a refused batch can be taken
// back whole.
class Transaction {
public:
    explicit Transaction(DocumentState& state) : state_(state) {}
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const DocumentState& state() const { return state_; }
    void make(Change change);
    void mark_inputs_changed() { step_.changes_inputs = true; }
    bool inputs_changed() const { return step_.changes_inputs; }

    void roll_back();
    Step take_step() { return std::move(step_); }

private:
    DocumentState& state_;
    Step step_;
};

} // namespace synoptic
