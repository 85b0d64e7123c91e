// The facts of a row where its sentences write them: what the reader would
// otherwise look for in the row's tooltip ("12 vs 13") stands in the text.
// A fact every sentence of the row carries has one colour in every column
// (Арагчи, Erakçı and عراقجي alike); a value another column contradicts is
// red on both sides; a fact only some carry is left plain.
#include <iterator>

#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

// Soft enough to read dark text over in the dark theme, apart enough to
// tell five facts of one row from each other.
const ImU32 kSharedInks[] = {
    IM_COL32(40, 110, 160, 150), IM_COL32(40, 130, 90, 150), IM_COL32(130, 80, 160, 150),
    IM_COL32(150, 110, 40, 150), IM_COL32(40, 130, 140, 150), IM_COL32(150, 70, 110, 150),
};
const ImU32 kConflictInk = IM_COL32(200, 50, 50, 190);

// Words shared by meaning or stem colour nothing: they are the row's
// evidence (its tooltip), not facts a reader checks.
bool is_inked(AnchorKind kind) {
    return kind != AnchorKind::Stem && kind != AnchorKind::Cognate && kind != AnchorKind::Gloss;
}

// The fact's place among the row's inked shared facts: neighbours in a row
// get different colours, and the fact the same one in every column.
size_t shared_rank(const Comparison& comparison, size_t row, size_t fact) {
    size_t rank = 0;
    for (const RowFact& f : comparison.row_facts[row]) {
        if (f.fact == fact) break;
        if (f.status == FactStatus::Shared && is_inked(comparison.facts[f.fact].kind)) ++rank;
    }
    return rank;
}

} // namespace

void append_fact_ink(App& app, size_t row, size_t column, uint32_t sentence, std::vector<TextMark>& out) {
    const DocumentState& state = app.document.state();
    const Comparison& comparison = app.view.comparison;
    if (column >= state.compared.size() || row >= comparison.row_facts.size()) return;
    const DocumentArticle& article = state.column_article(column);
    if (sentence >= article.analysis->features.size()) return;
    std::vector<FactMark>& marks = app.layouts.fact_marks;
    marks.clear();
    append_fact_marks(comparison, row, article.article(), article.analysis->features[sentence], sentence, marks);
    for (const FactMark& mark : marks) {
        if (mark.status == FactStatus::Partial || !is_inked(comparison.facts[mark.fact].kind)) continue;
        const ImU32 ink = mark.status == FactStatus::Conflict
                              ? kConflictInk
                              : kSharedInks[shared_rank(comparison, row, mark.fact) % std::size(kSharedInks)];
        out.push_back({mark.start, mark.end, ink});
        if (column < kMaxLandmarkColumns)
            app.landmarks.fact_ink.push_back({row, column, sentence, mark.start, mark.end, mark.fact, mark.status});
    }
}

} // namespace synoptic::app
