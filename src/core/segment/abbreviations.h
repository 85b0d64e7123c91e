// Words ending in a full stop that do not end a sentence, per language:
// titles and forms of address before a name (Mr., г. Алматы, Prof.),
// mid-sentence Latin and Cyrillic abbreviations (т.е., vs.). The lists are
// compiled in; they hold only what news text needs.
#pragma once
#include <string_view>

namespace synoptic {

// `word` is the token before the full stop, lower-cased, without the final
// '.'; inner dots stay ("т.е" for "т.е."). `language` is an ISO 639-1 code;
// every language also gets the international list (Mr, Dr, vs, ...).
bool is_non_final_abbreviation(std::string_view word, std::string_view language);

// Units and year/century marks that follow a number (5 млн., 2025 г.,
// 2025 ж.): they end a sentence unless what follows continues it (a digit,
// an acronym such as АҚШ in "5 млн. АҚШ доллары", or a lower-case word).
bool is_unit_abbreviation(std::string_view word);

// Abbreviations that mean "and so on": they end many sentences, so a
// capitalised word after them starts a new one.
bool is_final_abbreviation(std::string_view word);

} // namespace synoptic
