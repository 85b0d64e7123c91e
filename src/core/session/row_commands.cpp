// The user's edits of the rows: LinkSentences, UnlinkSentence,
// MergeWithNextRow, SplitRow, MoveSentence, MarkRowChecked. Each replaces
// the one or two rows it touches (RowsChange) and nothing else.
#include <algorithm>
#include <string>

#include "core/session/command_execution.h"

namespace synoptic {
namespace {

struct Place {
    size_t row = 0;
    size_t column = 0;
};

std::string sentence_name(const DocumentState& state, SentenceRef ref) {
    return "sentence " + std::to_string(ref.sentence + 1) + " of " + quoted_name(*state.find(ref.article));
}

// Where a sentence of a compared article stands. The rows are scanned: an
// index kept beside them would have to follow every row that moves.
Result<Place> locate(const DocumentState& state, SentenceRef ref) {
    if (auto error = unknown_article(state, ref.article)) return *error;
    const DocumentArticle& article = *state.find(ref.article);
    const std::optional<size_t> column = state.column_of(ref.article);
    if (!column) return Error{quoted_name(article) + " is not compared."};
    if (ref.sentence >= article.sentence_count())
        return Error{quoted_name(article) + " has " + std::to_string(article.sentence_count()) +
                     " sentences; there is no sentence " + std::to_string(ref.sentence + 1) + "."};
    for (size_t r = 0; r < state.rows.size(); ++r) {
        const std::vector<uint32_t>& sentences = state.rows[r].sentences[*column];
        if (std::binary_search(sentences.begin(), sentences.end(), ref.sentence)) return Place{r, *column};
    }
    return Error{sentence_name(state, ref) + " is in no row."}; // unreachable while the rows keep their rule
}

std::optional<Error> check_row(const DocumentState& state, size_t row) {
    if (row < state.rows.size()) return std::nullopt;
    return Error{"There is no " + row_name(row) + "; the comparison has " + std::to_string(state.rows.size()) +
                 " rows."};
}

// A row after the user changed what it holds: theirs now, and no longer the
// row they confirmed.
Row edited(Row row) {
    row.edited = true;
    row.checked = false;
    return row;
}

Row with_sentence(Row row, size_t column, uint32_t sentence) {
    std::vector<uint32_t>& sentences = row.sentences[column];
    sentences.insert(std::upper_bound(sentences.begin(), sentences.end(), sentence), sentence);
    return edited(std::move(row));
}

Row without_sentence(Row row, size_t column, uint32_t sentence) {
    std::vector<uint32_t>& sentences = row.sentences[column];
    sentences.erase(std::lower_bound(sentences.begin(), sentences.end(), sentence));
    return edited(std::move(row));
}

Row lone_sentence(size_t columns, size_t column, uint32_t sentence) {
    Row row;
    row.sentences.resize(columns);
    row.sentences[column].push_back(sentence);
    row.edited = true;
    return row;
}

// The rows a row leaves behind when a sentence goes: none when it was the last.
std::vector<Row> rest_of(const Row& row, size_t column, uint32_t sentence) {
    Row rest = without_sentence(row, column, sentence);
    if (rest.articles_present() == 0) return {};
    return {std::move(rest)};
}

} // namespace

std::optional<Error> execute(LinkSentences command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    Result<Place> from = locate(state, command.sentence);
    if (!from) return from.error();
    Result<Place> to = locate(state, command.to);
    if (!to) return to.error();
    if (from->column == to->column)
        return Error{"Both sentences are from " + quoted_name(*state.find(command.to.article)) +
                     ": link sentences of two different articles."};
    if (from->row == to->row) return Error{"These sentences already stand in one row."};

    std::vector<Row> source = rest_of(state.rows[from->row], from->column, command.sentence.sentence);
    Row target = with_sentence(state.rows[to->row], from->column, command.sentence.sentence);
    // The lower row first, so the upper one's index still holds.
    if (from->row > to->row) {
        context.transaction.make(RowsChange{from->row, 1, std::move(source)});
        context.transaction.make(RowsChange{to->row, 1, {std::move(target)}});
    } else {
        context.transaction.make(RowsChange{to->row, 1, {std::move(target)}});
        context.transaction.make(RowsChange{from->row, 1, std::move(source)});
    }
    return std::nullopt;
}

std::optional<Error> execute(UnlinkSentence command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    Result<Place> place = locate(state, command.sentence);
    if (!place) return place.error();
    const Row& row = state.rows[place->row];
    std::vector<Row> rows = rest_of(row, place->column, command.sentence.sentence);
    if (rows.empty()) return Error{sentence_name(state, command.sentence) + " already stands alone in its row."};
    rows.push_back(lone_sentence(state.compared.size(), place->column, command.sentence.sentence));
    context.transaction.make(RowsChange{place->row, 1, std::move(rows)});
    return std::nullopt;
}

std::optional<Error> execute(MergeWithNextRow command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (auto error = check_row(state, command.row)) return error;
    if (command.row + 1 >= state.rows.size())
        return Error{"The " + row_name(command.row) + " is the last one: there is no row below to merge it with."};
    const Row& upper = state.rows[command.row];
    const Row& lower = state.rows[command.row + 1];
    Row merged;
    merged.sentences.resize(upper.sentences.size());
    for (size_t k = 0; k < upper.sentences.size(); ++k)
        std::merge(upper.sentences[k].begin(), upper.sentences[k].end(), lower.sentences[k].begin(),
                   lower.sentences[k].end(), std::back_inserter(merged.sentences[k]));
    merged.score = std::max(upper.score, lower.score);
    context.transaction.make(RowsChange{command.row, 2, {edited(std::move(merged))}});
    return std::nullopt;
}

std::optional<Error> execute(SplitRow command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    Result<Place> place = locate(state, command.at);
    if (!place) return place.error();
    Row upper = state.rows[place->row];
    std::vector<uint32_t>& column = upper.sentences[place->column];
    const auto from = std::lower_bound(column.begin(), column.end(), command.at.sentence);
    Row lower;
    lower.sentences.resize(upper.sentences.size());
    lower.sentences[place->column].assign(from, column.end());
    column.erase(from, column.end());
    if (upper.articles_present() == 0)
        return Error{"The " + row_name(place->row) + " holds nothing before " + sentence_name(state, command.at) +
                     ": there is nothing to split."};
    context.transaction.make(RowsChange{place->row, 1, {edited(std::move(upper)), edited(std::move(lower))}});
    return std::nullopt;
}

std::optional<Error> execute(MoveSentence command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    Result<Place> place = locate(state, command.sentence);
    if (!place) return place.error();
    const bool up = command.direction == RowDirection::Up;
    if (up && place->row == 0)
        return Error{sentence_name(state, command.sentence) + " is in the first row: there is no row above."};
    if (!up && place->row + 1 == state.rows.size())
        return Error{sentence_name(state, command.sentence) + " is in the last row: there is no row below."};
    const size_t target_row = up ? place->row - 1 : place->row + 1;
    const uint32_t sentence = command.sentence.sentence;
    Row target = with_sentence(state.rows[target_row], place->column, sentence);
    std::vector<Row> rows = rest_of(state.rows[place->row], place->column, sentence);
    rows.insert(up ? rows.begin() : rows.end(), std::move(target));
    context.transaction.make(RowsChange{std::min(place->row, target_row), 2, std::move(rows)});
    return std::nullopt;
}

std::optional<Error> execute(MarkRowChecked command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (auto error = check_row(state, command.row)) return error;
    Row row = state.rows[command.row];
    if (row.checked == command.checked)
        return Error{"The " + row_name(command.row) + (command.checked ? " is already checked." : " is not checked.")};
    row.checked = command.checked;
    context.transaction.make(RowsChange{command.row, 1, {std::move(row)}});
    return std::nullopt;
}

} // namespace synoptic
