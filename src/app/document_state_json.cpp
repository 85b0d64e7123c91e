// window.synoptic.state(): the document as tests and embedders read it.
// Articles are named by their library position (as the page's API takes
// them); rows keep their old shape, and rowFlags beside them say which the
// user edited or checked.
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/align/align_mode.h"
#include "core/export/comparison_export.h"

namespace synoptic::app {
namespace {

nlohmann::json positions(const DocumentState& state, const std::vector<ArticleId>& ids) {
    nlohmann::json out = nlohmann::json::array();
    for (ArticleId id : ids) out.push_back(*state.position_of(id));
    return out;
}

} // namespace

nlohmann::json document_state_json(const Document& document, const DocumentView& view) {
    const DocumentState& state = document.state();
    nlohmann::json articles = nlohmann::json::array();
    for (const DocumentArticle& d : state.articles) {
        const Article& a = d.article();
        articles.push_back({{"id", id_number(d.id)},
                            {"name", d.name},
                            {"title", a.meta.title},
                            {"date", a.meta.date},
                            {"language", a.language},
                            {"paragraphs", a.paragraphs.size()},
                            {"sentences", a.sentences.size()},
                            {"warnings", a.warnings}});
    }
    const bool compared = state.compared.size() >= kMinComparedArticles;
    // Each compared pair the last alignment placed: its mode and why (kept
    // in the document), the user's mode for it, and (until a reload) how
    // many links and beads it made.
    nlohmann::json pairs = nlohmann::json::array();
    const bool counted = view.pairs_of == state.compared;
    for (const PairOutcome& outcome : state.pair_outcomes) {
        const std::optional<size_t> first = state.column_of(outcome.first), second = state.column_of(outcome.second);
        if (!first || !second) continue;
        const PairMode* chosen = state.chosen_pair_mode(outcome.first, outcome.second);
        nlohmann::json pair{{"articles", {*state.position_of(outcome.first), *state.position_of(outcome.second)}},
                            {"mode", align_mode_name(outcome.mode)},
                            {"reason", outcome.reason},
                            {"chosen", chosen ? nlohmann::json(align_mode_name(chosen->mode)) : nlohmann::json(nullptr)}};
        for (const PairAlignment& p : view.pairs)
            if (counted && p.first == *first && p.second == *second) {
                pair["links"] = p.alignment.links.size();
                pair["beads"] = p.alignment.beads.size();
            }
        pairs.push_back(std::move(pair));
    }
    nlohmann::json rows = nlohmann::json::array();
    nlohmann::json flags = nlohmann::json::array();
    if (compared) {
        for (const Row& row : state.rows) {
            rows.push_back(row.sentences);
            flags.push_back({{"edited", row.edited}, {"checked", row.checked}});
        }
    }
    const Comparison& c = view.comparison;
    size_t shared = 0, partial = 0;
    for (const auto& row_facts : c.row_facts)
        for (const RowFact& f : row_facts) (f.status == FactStatus::Shared ? shared : partial) += 1;
    return {{"revision", document.revision()},
            {"canUndo", document.can_undo()},
            {"canRedo", document.can_redo()},
            {"needsAlignment", state.needs_alignment},
            {"articles", articles},
            {"compared", positions(state, state.compared)},
            {"mode", align_mode_name(state.mode)},
            {"comparison", {{"articles", compared ? positions(state, state.compared) : nlohmann::json::array()},
                            {"pairs", pairs},
                            {"rows", rows},
                            {"rowFlags", flags},
                            {"facts", c.facts.size()},
                            {"sharedInRows", shared},
                            {"notSharedInRows", partial},
                            {"conflicts", c.conflicts.size()},
                            {"events", event_verdict_json(c.events)}}}};
}

} // namespace synoptic::app
