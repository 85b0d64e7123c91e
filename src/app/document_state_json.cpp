// window.synoptic.state(): the document as tests and embedders read it.
// Articles are named by their library position (as the page's API takes
// them); rows keep their old shape, and rowFlags beside them say which the
// user edited or checked.
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/align/align_mode.h"

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
    nlohmann::json pairs = nlohmann::json::array();
    if (compared && view.pairs_of == state.compared) {
        for (const PairAlignment& p : view.pairs) {
            pairs.push_back({{"articles", {*state.position_of(state.compared[p.first]),
                                           *state.position_of(state.compared[p.second])}},
                             {"mode", align_mode_name(p.alignment.mode)},
                             {"reason", p.alignment.mode_reason},
                             {"links", p.alignment.links.size()},
                             {"beads", p.alignment.beads.size()}});
        }
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
                            {"conflicts", c.conflicts.size()}}}};
}

} // namespace synoptic::app
