// Stems for same-language evidence: Snowball for Russian, Turkish, Arabic and
// English, a Kazakh suffix stripper that respects vowel harmony, and prefix
// truncation for any other language.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// `word` must be normalized (normalize_for_matching). Turkish words are cut
// at the apostrophe first (Snowball keeps "iran'" for "iran'ın").
std::string stem_word(std::string_view word, std::string_view language);

// Kazakh: strips case, possessive, plural and common derivational suffixes
// whose vowels agree with the stem (Омандағы → оман, келіссөздердің → келіссөз).
std::string strip_kazakh_suffixes(std::string_view word);

// First `max_code_points` code points: the fallback stem for languages
// without a stemmer.
std::string truncate_code_points(std::string_view word, size_t max_code_points);

} // namespace synoptic
