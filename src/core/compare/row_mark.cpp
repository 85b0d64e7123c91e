#include "core/compare/row_mark.h"

namespace synoptic {

const char* row_mark_name(RowMark mark) {
    switch (mark) {
    case RowMark::InAll: return "in all";
    case RowMark::InSome: return "in some";
    case RowMark::InOneOnly: return "in one only";
    case RowMark::Disagree: return "disagree";
    }
    return "in one only";
}

RowMark row_mark(const Comparison& comparison, size_t row) {
    if (row < comparison.row_facts.size())
        for (const RowFact& fact : comparison.row_facts[row])
            if (fact.status == FactStatus::Conflict) return RowMark::Disagree;
    const AlignedRow& aligned = comparison.alignment.rows[row];
    const size_t present = aligned.articles_present();
    if (present == aligned.sentences.size() && present > 1) return RowMark::InAll;
    return present > 1 ? RowMark::InSome : RowMark::InOneOnly;
}

} // namespace synoptic
