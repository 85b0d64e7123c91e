#include "core/search/find_query.h"

#include "core/search/number_sense.h"
#include "core/search/word_split.h"

namespace synoptic {

FindQuery prepare_find_query(std::string_view text, const FindOptions& options) {
    FindQuery query;
    query.text = std::string(text);
    query.options = options;
    std::vector<std::string_view> words;
    std::vector<bool> digits;
    for (const WordSpan& span : split_words(text)) {
        std::string_view word = text.substr(span.begin_byte, span.end_byte - span.begin_byte);
        QueryTerm term;
        if (span.digits) {
            term.digits = number_sense(word, true, "").value;
            term.keys.fold = term.digits;
        } else {
            term.keys = word_keys(word, "");
        }
        query.terms.push_back(std::move(term));
        words.push_back(word);
        digits.push_back(span.digits);
    }
    if (!words.empty()) query.number = query_number(words, digits);
    return query;
}

} // namespace synoptic
