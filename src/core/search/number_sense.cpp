#include "core/search/number_sense.h"

#include <unicode/uchar.h>

#include "core/features/number_words.h"
#include "core/features/word_form.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace synoptic {
namespace {

using lexicon::EntryKind;

// The languages whose number words a query may be written in.
const char* const kQueryLanguages[] = {"tr", "kk", "ru", "en", "ar"};

std::string ascii_digits(std::string_view word) {
    std::string out;
    for (size_t pos = 0; pos < word.size();) {
        const int32_t v = u_charDigitValue(static_cast<UChar32>(next_code_point(word, pos)));
        if (v < 0 || v > 9) continue;
        out += static_cast<char>('0' + v);
    }
    return out;
}

NumberSense word_sense(std::string_view word, std::string_view language) {
    NumberSense sense;
    // No function-word test here, unlike the anchors: iki and екі are on
    // those lists (for names) and are still numbers; a lone "one", mostly
    // an article, is left out by spelled_value.
    const std::string norm = normalize_for_matching(word, language);
    for (const lexicon::Entry& e : lexicon::lookup(language, word_form(norm, language))) {
        if (e.tokens != 1) continue;
        switch (e.kind) {
        case EntryKind::Concept: case EntryKind::Acronym: case EntryKind::Month:
        case EntryKind::Weekday: case EntryKind::RelativeDay:
            return {}; // another reading of the word wins, as for the anchors
        case EntryKind::Number:
            sense = {NumberSense::Kind::Cardinal, e.value};
            break;
        case EntryKind::Scale:
            if (sense.kind != NumberSense::Kind::Cardinal) sense = {NumberSense::Kind::Scale, e.value};
            break;
        case EntryKind::Ordinal:
            // "First" (первый, алғашқы, أول) is mostly not a count, like a lone "one".
            if (sense.kind == NumberSense::Kind::None && e.value != "1") sense = {NumberSense::Kind::Ordinal, e.value};
            break;
        case EntryKind::Gloss:
            break;
        }
    }
    return sense;
}

} // namespace

NumberSense number_sense(std::string_view word, bool digits, std::string_view language) {
    if (digits) return {NumberSense::Kind::Digits, ascii_digits(word)};
    return word_sense(word, language);
}

std::optional<std::string> spelled_value(const std::vector<const NumberSense*>& run) {
    std::vector<lexicon::Entry> entries;
    for (const NumberSense* s : run) {
        if (s->kind != NumberSense::Kind::Cardinal && s->kind != NumberSense::Kind::Scale) return std::nullopt;
        entries.push_back({s->kind == NumberSense::Kind::Scale ? EntryKind::Scale : EntryKind::Number, s->value});
    }
    std::vector<const lexicon::Entry*> pointers;
    for (const lexicon::Entry& e : entries) pointers.push_back(&e);
    std::optional<double> value = number_words_value(pointers);
    if (!value) return std::nullopt;
    return number_value_key(*value);
}

std::optional<std::string> query_number(const std::vector<std::string_view>& words, const std::vector<bool>& digits) {
    if (words.size() == 1 && digits[0]) return ascii_digits(words[0]);
    for (bool d : digits)
        if (d) return std::nullopt;
    for (const char* language : kQueryLanguages) {
        std::vector<NumberSense> senses;
        for (std::string_view w : words) senses.push_back(word_sense(w, language));
        if (senses.size() == 1 && senses[0].kind == NumberSense::Kind::Ordinal) return senses[0].value;
        std::vector<const NumberSense*> run;
        for (const NumberSense& s : senses) run.push_back(&s);
        if (std::optional<std::string> value = spelled_value(run)) return value;
    }
    return std::nullopt;
}

} // namespace synoptic
