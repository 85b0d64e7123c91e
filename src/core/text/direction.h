// Which way a text runs: right to left for Arabic and Hebrew letters, left
// to right otherwise. Writers that lay text out (the HTML report) need it per
// cell, since an Arabic article may quote a Latin sentence and a cell of
// digits alone says nothing and takes its article's direction.
#pragma once
#include <string_view>

namespace synoptic {

enum class Direction { LeftToRight, RightToLeft };

// "ltr" or "rtl", as HTML's dir attribute writes it.
const char* direction_name(Direction direction);

// True for languages written right to left (ISO 639-1 or -3 codes, or a
// BCP 47 tag whose first subtag is one: "ar", "fa", "he", "ur", "ar-EG").
bool is_right_to_left_language(std::string_view language);

// The direction of the script most of the text's letters are in; `otherwise`
// when it has no letters (digits, punctuation, nothing).
Direction direction_of_text(std::string_view utf8_text, Direction otherwise);

// An article's direction: its language's when known, else its letters'.
Direction direction_of_article(std::string_view language, std::string_view utf8_text);

} // namespace synoptic
