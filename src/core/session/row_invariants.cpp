#include "core/session/row_invariants.h"

#include <string>

namespace synoptic {
namespace {

std::string sentence_of(uint32_t sentence, const DocumentArticle& article) {
    return "sentence " + std::to_string(sentence + 1) + " of " + quoted_name(article);
}

} // namespace

std::optional<Error> check_rows(const DocumentState& state, const std::vector<Row>& rows) {
    const size_t columns = state.compared.size();
    // Per column and sentence: the row holding it, from 1 (0 = none yet).
    std::vector<std::vector<size_t>> row_of(columns);
    for (size_t k = 0; k < columns; ++k) row_of[k].assign(state.column_article(k).sentence_count(), 0);

    for (size_t r = 0; r < rows.size(); ++r) {
        const std::string row = "row " + std::to_string(r + 1);
        const Row& here = rows[r];
        if (here.sentences.size() != columns)
            return Error{row + " has " + std::to_string(here.sentences.size()) + " columns for " +
                         std::to_string(columns) + " compared articles"};
        if (here.articles_present() == 0) return Error{row + " is empty"};
        for (size_t k = 0; k < columns; ++k) {
            const DocumentArticle& article = state.column_article(k);
            const std::vector<uint32_t>& sentences = here.sentences[k];
            for (size_t i = 0; i < sentences.size(); ++i) {
                const uint32_t s = sentences[i];
                if (s >= row_of[k].size())
                    return Error{row + " points at " + sentence_of(s, article) + ", which has " +
                                 std::to_string(row_of[k].size()) + " sentences"};
                if (i > 0 && sentences[i - 1] >= s)
                    return Error{row + " lists the sentences of " + quoted_name(article) + " out of order"};
                if (row_of[k][s] != 0)
                    return Error{sentence_of(s, article) + " stands in row " + std::to_string(row_of[k][s]) +
                                 " and in " + row};
                row_of[k][s] = r + 1;
            }
        }
    }
    for (size_t k = 0; k < columns; ++k)
        for (uint32_t s = 0; s < row_of[k].size(); ++s)
            if (row_of[k][s] == 0) return Error{sentence_of(s, state.column_article(k)) + " is in no row"};
    return std::nullopt;
}

} // namespace synoptic
