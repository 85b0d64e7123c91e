// The library, what is compared and how: AddArticle, RemoveArticle,
// RenameArticle, SetLanguage, SetCompared, SetMode, SetPairMode.
#include <algorithm>
#include <limits>
#include <string>

#include "core/align/align_mode.h"
#include "core/align/multi_alignment.h"
#include "core/session/article_rules.h"
#include "core/session/command_execution.h"

namespace synoptic {
namespace {

// The rows once the columns are `compared`: sentences of articles that stay
// keep their rows, articles no longer compared leave theirs (rows left empty
// go), and each article in `fresh` (new to the comparison, or read again)
// stands one sentence per row after them, until an alignment places it.
std::vector<Row> rows_for_columns(const DocumentState& state, const std::vector<ArticleId>& compared,
                                  const std::vector<ArticleId>& fresh) {
    auto is_fresh = [&](ArticleId id) { return std::find(fresh.begin(), fresh.end(), id) != fresh.end(); };
    std::vector<std::optional<size_t>> old_column(compared.size());
    for (size_t k = 0; k < compared.size(); ++k)
        if (!is_fresh(compared[k])) old_column[k] = state.column_of(compared[k]);

    std::vector<Row> rows;
    rows.reserve(state.rows.size());
    for (const Row& old : state.rows) {
        Row row;
        row.score = old.score;
        row.edited = old.edited;
        row.checked = old.checked;
        row.sentences.resize(compared.size());
        for (size_t k = 0; k < compared.size(); ++k)
            if (old_column[k]) row.sentences[k] = old.sentences[*old_column[k]];
        if (row.articles_present() > 0) rows.push_back(std::move(row));
    }
    for (size_t k = 0; k < compared.size(); ++k) {
        if (old_column[k]) continue;
        const uint32_t sentences = state.find(compared[k])->sentence_count();
        for (uint32_t s = 0; s < sentences; ++s) {
            Row row;
            row.sentences.resize(compared.size());
            row.sentences[k].push_back(s);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

// The compared articles, their reading or the mode change: the rows follow
// the new columns and an alignment is due (when there is something to align).
// (`compared` is a copy: callers pass the state's own list, which changes here.)
void change_inputs(CommandContext& context, std::vector<ArticleId> compared, const std::vector<ArticleId>& fresh) {
    Transaction& transaction = context.transaction;
    const DocumentState& state = transaction.state();
    std::vector<Row> rows = rows_for_columns(state, compared, fresh);
    if (compared != state.compared) transaction.make(ComparedChange{std::move(compared)});
    if (rows != state.rows) transaction.make(RowsChange{0, state.rows.size(), std::move(rows)});
    const bool needs_alignment = state.compared.size() >= kMinComparedArticles;
    if (needs_alignment != state.needs_alignment) transaction.make(AlignmentNeedChange{needs_alignment});
    transaction.mark_inputs_changed();
}

} // namespace

std::optional<Error> unknown_article(const DocumentState& state, ArticleId id) {
    if (state.find(id)) return std::nullopt;
    return Error{"There is no article with id " + std::to_string(id_number(id)) + " (it may have been removed)."};
}

std::string row_name(size_t row) { return "row " + std::to_string(row + 1); }

std::optional<Error> execute(AddArticle command, CommandContext& context) {
    Result<std::string> name = clean_article_name(command.name);
    if (!name) return name.error();
    if (auto error = check_language_code(command.language)) return error;
    Result<std::shared_ptr<const ArticleAnalysis>> analysis =
        analyze_article(*name, command.bytes, command.format, command.language);
    if (!analysis) return analysis.error();

    if (context.next_id == std::numeric_limits<uint32_t>::max())
        return Error{"This document has given every article id it can: save it and open it again."};
    DocumentArticle article;
    article.id = ArticleId{context.next_id++};
    article.name = std::move(*name);
    article.bytes = std::make_shared<const std::string>(std::move(command.bytes));
    article.format = (*analysis)->article.format;
    article.language = command.language;
    article.analysis = std::move(*analysis);
    context.added.push_back(article.id);
    const size_t end = context.transaction.state().articles.size();
    context.transaction.make(LibraryChange{end, std::move(article)});
    return std::nullopt;
}

std::optional<Error> execute(RemoveArticle command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (auto error = unknown_article(state, command.article)) return error;
    if (state.column_of(command.article)) {
        std::vector<ArticleId> compared = state.compared;
        compared.erase(std::find(compared.begin(), compared.end(), command.article));
        change_inputs(context, compared, {});
    }
    context.transaction.make(LibraryChange{*state.position_of(command.article), std::nullopt});
    return std::nullopt;
}

std::optional<Error> execute(RenameArticle command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (auto error = unknown_article(state, command.article)) return error;
    Result<std::string> name = clean_article_name(command.name);
    if (!name) return name.error();
    const size_t position = *state.position_of(command.article);
    DocumentArticle renamed = state.articles[position];
    if (renamed.name == *name) return Error{"The article is already named " + quoted_name(renamed) + "."};
    renamed.name = std::move(*name);
    context.transaction.make(ArticleChange{position, std::move(renamed)});
    return std::nullopt;
}

std::optional<Error> execute(SetLanguage command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (auto error = unknown_article(state, command.article)) return error;
    if (auto error = check_language_code(command.language)) return error;
    const size_t position = *state.position_of(command.article);
    DocumentArticle reread = state.articles[position];
    if (reread.language == command.language)
        return Error{quoted_name(reread) +
                     (command.language.empty() ? " is already read in the language identified from its text."
                                               : " is already read as " + command.language + ".")};
    Result<std::shared_ptr<const ArticleAnalysis>> analysis =
        analyze_article(reread.name, *reread.bytes, reread.format, command.language);
    if (!analysis) return analysis.error();
    reread.language = command.language;
    reread.analysis = std::move(*analysis);
    context.transaction.make(ArticleChange{position, std::move(reread)});
    if (state.column_of(command.article)) change_inputs(context, state.compared, {command.article});
    return std::nullopt;
}

std::optional<Error> execute(SetCompared command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (auto error = check_compared_count(command.articles.size())) return error;
    for (size_t k = 0; k < command.articles.size(); ++k) {
        if (auto error = unknown_article(state, command.articles[k])) return error;
        if (std::find(command.articles.begin(), command.articles.begin() + static_cast<std::ptrdiff_t>(k),
                      command.articles[k]) != command.articles.begin() + static_cast<std::ptrdiff_t>(k))
            return Error{quoted_name(*state.find(command.articles[k])) +
                         " is named twice: compare each article once."};
    }
    if (command.articles == state.compared) return Error{"These articles are already compared in this order."};
    std::vector<ArticleId> fresh;
    for (ArticleId id : command.articles)
        if (!state.column_of(id)) fresh.push_back(id);
    change_inputs(context, command.articles, fresh);
    return std::nullopt;
}

std::optional<Error> execute(SetMode command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    if (command.mode == state.mode)
        return Error{std::string("The alignment mode is already \"") + align_mode_name(command.mode) + "\"."};
    context.transaction.make(ModeChange{command.mode});
    change_inputs(context, state.compared, {});
    return std::nullopt;
}

std::optional<Error> execute(SetPairMode command, CommandContext& context) {
    const DocumentState& state = context.transaction.state();
    for (ArticleId id : {command.first, command.second}) {
        if (auto error = unknown_article(state, id)) return error;
        if (!state.column_of(id)) return Error{quoted_name(*state.find(id)) + " is not compared."};
    }
    if (command.first == command.second) return Error{"A pair is two different articles."};
    std::vector<PairMode> pair_modes;
    for (const PairMode& pair : state.pair_modes)
        if (&pair != state.chosen_pair_mode(command.first, command.second)) pair_modes.push_back(pair);
    // Kept with the smaller id first, so a pair named either way is one choice.
    if (id_number(command.second) < id_number(command.first)) std::swap(command.first, command.second);
    if (!command.follow_document) pair_modes.push_back({command.first, command.second, command.mode});
    if (pair_modes == state.pair_modes) return Error{"That pair is already aligned that way."};
    context.transaction.make(PairModesChange{std::move(pair_modes)});
    change_inputs(context, state.compared, {});
    return std::nullopt;
}

} // namespace synoptic
