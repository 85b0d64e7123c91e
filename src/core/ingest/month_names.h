// Month names as news pages print them in dates, in the project's languages
// (en, ru, kk, tr, ar): "February", "Feb", "февраля", "ақпан", "Şubat",
// "فبراير" and the Levantine "شباط". The lexicon knows these too, but the
// readers run before any language is known and before features exist.
#pragma once
#include <string_view>

namespace synoptic {

// The month (1-12) a word names, 0 when none. `word` is one word of letters
// after normalize_for_matching(text, "") (case folded, Arabic unified);
// grammatical endings are allowed (февраля, ақпанда, Şubat'ta's "şubat").
int month_of_word(std::string_view word);

} // namespace synoptic
