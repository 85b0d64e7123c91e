// Sentences in Latin letters for a reader who does not read their script:
// the page's "Latin" toggle on a Cyrillic or Arabic column. Unlike
// to_latin_ascii (keys for matching), the letters and marks of the
// romanization are kept, so the text stays readable: Қазақстан → Qazaqstan.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// `text` romanized by ICU: Kazakh through Kazakh-Latin/BGN, other Cyrillic
// through Russian-Latin/BGN, Arabic through Arabic-Latin, anything else
// through Any-Latin; Latin letters, digits and punctuation stay as they are.
// `language` is the article's ("kk", "ru", "ar", ...).
std::string latin_for_reading(std::string_view text, std::string_view language);

// Whether a text in `language` has letters latin_for_reading would change.
bool needs_latin_for_reading(std::string_view language);

} // namespace synoptic
