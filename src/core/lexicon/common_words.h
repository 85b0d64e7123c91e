// Words that are capitalized without being names: sentence-initial function
// words and pronouns, titles that stand before names (министр, Bakan,
// President), and the labels that open a credit line (Фото:, Kaynak:, By).
// Hand-kept lists, per language, of normalized forms.
#pragma once
#include <string_view>

namespace synoptic::lexicon {

// `norm` is normalize_for_matching of the word.
bool is_function_word(std::string_view norm, std::string_view language);
bool is_title_word(std::string_view norm, std::string_view language);
bool is_credit_label(std::string_view norm, std::string_view language);

} // namespace synoptic::lexicon
