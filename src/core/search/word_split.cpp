#include "core/search/word_split.h"

#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace synoptic {
namespace {

enum class Kind { Gap, Letter, Digit, Mark };

Kind kind_of(char32_t c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Kind::Letter;
        if (c >= '0' && c <= '9') return Kind::Digit;
        return Kind::Gap;
    }
    if (c == 0x200C || c == 0x200D) return Kind::Mark; // joiners inside Arabic and Indic words
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
        return Kind::Letter;
    case U_DECIMAL_DIGIT_NUMBER:
        return Kind::Digit;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
        return Kind::Mark;
    default:
        return Kind::Gap;
    }
}

bool space_or_hyphen(char32_t c) {
    return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x202F ||
           c == 0x2009 || c == 0x2010 || c == 0x2011 || c == 0x2013;
}

} // namespace

std::vector<WordSpan> split_words(std::string_view text) {
    std::vector<WordSpan> words;
    bool in_word = false, spaced = false;
    uint32_t cp = 0;
    for (size_t pos = 0; pos < text.size(); ++cp) {
        const size_t at = pos;
        const char32_t c = next_code_point(text, pos);
        Kind kind = kind_of(c);
        // A mark belongs to the word before it (Arabic harakat, a combining
        // accent); at a word's start, or after digits, it is a gap.
        if (kind == Kind::Mark) kind = in_word && !words.back().digits ? Kind::Letter : Kind::Gap;
        if (kind == Kind::Gap) {
            if (in_word) spaced = true;
            spaced = spaced && space_or_hyphen(c);
            in_word = false;
            continue;
        }
        const bool digits = kind == Kind::Digit;
        if (in_word && words.back().digits == digits) {
            words.back().end_byte = static_cast<uint32_t>(pos);
            words.back().end = cp + 1;
            continue;
        }
        WordSpan w;
        w.begin_byte = static_cast<uint32_t>(at);
        w.end_byte = static_cast<uint32_t>(pos);
        w.begin = cp;
        w.end = cp + 1;
        w.digits = digits;
        // Letters straight after digits (12th, 5G) count as spaced: one word to the reader.
        w.spaced = !words.empty() && (in_word || spaced);
        words.push_back(w);
        in_word = true;
        spaced = false;
    }
    return words;
}

} // namespace synoptic
