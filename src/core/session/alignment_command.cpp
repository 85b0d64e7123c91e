// ApplyAlignment: rows an alignment computed, merged with the user's.
#include "core/align/multi_alignment.h"
#include "core/session/alignment_rows.h"
#include "core/session/command_execution.h"
#include "core/session/row_invariants.h"

namespace synoptic {

std::optional<Error> execute(ApplyAlignment command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (state.compared.size() < kMinComparedArticles) return Error{"Compare two or more articles first."};
    const bool stale = command.made_for < context.inputs_revision || command.made_for > context.revision ||
                       context.transaction.inputs_changed();
    if (stale)
        return Error{"The compared articles, their languages or the alignment mode changed while they were being "
                     "aligned: align them again."};
    if (auto error = check_rows(state, command.rows))
        return Error{"The alignment does not fit the compared articles: " + error->message + "."};

    std::vector<uint32_t> sentence_counts;
    for (size_t k = 0; k < state.compared.size(); ++k) sentence_counts.push_back(state.column_article(k).sentence_count());
    std::vector<Row> rows = merge_alignment(state.rows, std::move(command.rows), sentence_counts);
    context.transaction.make(RowsChange{0, state.rows.size(), std::move(rows)});
    if (command.pairs != state.pair_outcomes) context.transaction.make(PairOutcomesChange{std::move(command.pairs)});
    if (state.needs_alignment) context.transaction.make(AlignmentNeedChange{false});
    return std::nullopt;
}

} // namespace synoptic
