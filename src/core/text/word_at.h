// The word a reader points at, for a double-click that selects it: the run
// of letters, marks and digits around one code point (Arabic with its
// vowel marks, Kazakh and Turkish letters alike).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace synoptic {

struct CodePointRange {
    uint32_t start = 0, end = 0; // code points [start, end)
};

// The word around code point `index` of `text`; an empty range at `index`
// when it is not in a word (a space, a punctuation mark) or beyond the text.
CodePointRange word_at(std::string_view text, uint32_t index);

// Code points [range.start, range.end) of `text`, as UTF-8.
std::string code_point_slice(std::string_view text, CodePointRange range);

} // namespace synoptic
