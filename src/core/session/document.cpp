#include "core/session/document.h"

#include <algorithm>
#include <string>

#include "core/align/multi_alignment.h"
#include "core/session/article_rules.h"
#include "core/session/command_execution.h"
#include "core/session/row_invariants.h"

namespace synoptic {
namespace {

std::optional<Error> check_articles(const DocumentState& state, uint32_t next_id) {
    for (size_t i = 0; i < state.articles.size(); ++i) {
        const DocumentArticle& article = state.articles[i];
        const Result<std::string> name = clean_article_name(article.name);
        if (!name || *name != article.name)
            return Error{"the article named " + quoted_name(article) + " needs a name on one line"};
        if (auto error = check_language_code(article.language)) return error;
        const ArticleId id = article.id;
        if (id_number(id) == 0 || id_number(id) >= next_id)
            return Error{"article " + quoted_name(state.articles[i]) + " has the id " + std::to_string(id_number(id)) +
                         ", which is not below the next id (" + std::to_string(next_id) + ")"};
        for (size_t j = 0; j < i; ++j)
            if (state.articles[j].id == id)
                return Error{"two articles have the id " + std::to_string(id_number(id))};
    }
    for (const PairMode& pair : state.pair_modes)
        if (!state.find(pair.first) || !state.find(pair.second) || pair.first == pair.second)
            return Error{"a pair's own mode names articles " + std::to_string(id_number(pair.first)) + " and " +
                         std::to_string(id_number(pair.second)) + ", not two articles of the library"};
    if (state.compared.size() > kMaxComparedArticles) return check_compared_count(state.compared.size());
    for (size_t k = 0; k < state.compared.size(); ++k) {
        if (!state.find(state.compared[k]))
            return Error{"the compared article " + std::to_string(id_number(state.compared[k])) + " is not in the library"};
        if (state.column_of(state.compared[k]) != k)
            return Error{quoted_name(*state.find(state.compared[k])) + " is compared twice"};
    }
    return std::nullopt;
}

} // namespace

Result<Document> Document::open(DocumentState state, uint32_t next_id) {
    if (auto error = check_articles(state, next_id)) return *error;
    for (DocumentArticle& article : state.articles) {
        if (article.analysis) continue;
        if (!article.bytes) return Error{quoted_name(article) + " has no text"};
        Result<std::shared_ptr<const ArticleAnalysis>> analysis =
            analyze_article(article.name, *article.bytes, article.format, article.language);
        if (!analysis) return analysis.error();
        article.format = (*analysis)->article.format;
        article.analysis = std::move(*analysis);
    }
    if (auto error = check_rows(state)) return *error;
    if (state.compared.size() < kMinComparedArticles) state.needs_alignment = false;
    Document document;
    document.state_ = std::move(state);
    document.next_id_ = next_id;
    return document;
}

Result<Applied> Document::apply(Command command) {
    std::vector<Command> one;
    one.push_back(std::move(command));
    return apply_all(std::move(one));
}

Result<Applied> Document::apply_all(std::vector<Command> commands) {
    if (commands.empty()) return Error{"Nothing to do."};
    const bool lone_alignment = commands.size() == 1 && std::holds_alternative<ApplyAlignment>(commands.front());
    Transaction transaction(state_);
    uint32_t next_id = next_id_;
    Applied applied;
    CommandContext context{transaction, inputs_revision_, revision_, next_id, applied.added};
    for (Command& command : commands) {
        std::optional<Error> error =
            std::visit([&](auto& one) { return execute(std::move(one), context); }, command);
        if (error) {
            transaction.roll_back();
            return *error;
        }
    }
    next_id_ = next_id;
    Step step = transaction.take_step();
    ++revision_;
    if (step.changes_inputs) inputs_revision_ = revision_;
    record(std::move(step), lone_alignment);
    applied.revision = revision_;
    return applied;
}

// An alignment is no step of its own: undoing it alone would only call for
// the same alignment again. It joins the step before it (the one that made
// it due, or an edit made while it ran); with no step before it (a session
// just opened), there is nothing to take it back to.
void Document::record(Step step, bool completes_previous_step) {
    redo_.clear();
    if (completes_previous_step) {
        if (undo_.empty()) return;
        Step& previous = undo_.back();
        for (Change& change : step.changes) previous.changes.push_back(std::move(change));
        return;
    }
    undo_.push_back(std::move(step));
    if (undo_.size() > kMaxUndoSteps) undo_.pop_front();
}

bool Document::undo() {
    if (undo_.empty()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    for (auto change = step.changes.rbegin(); change != step.changes.rend(); ++change) swap_change(state_, *change);
    ++revision_;
    if (step.changes_inputs) inputs_revision_ = revision_;
    redo_.push_back(std::move(step));
    return true;
}

bool Document::redo() {
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    for (Change& change : step.changes) swap_change(state_, change);
    ++revision_;
    if (step.changes_inputs) inputs_revision_ = revision_;
    undo_.push_back(std::move(step));
    return true;
}

void Document::forget_history() {
    undo_.clear();
    redo_.clear();
}

} // namespace synoptic
