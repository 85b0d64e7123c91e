// Latin keys for words of any script, so names and loanwords written in
// Cyrillic, Arabic and Latin can meet: ICU transliterators chosen by the
// word's script and the sentence language, then reduced to lower-case ASCII.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// `word` should already be normalized (normalize_for_matching). Kazakh
// Cyrillic goes through Kazakh-Latin/BGN (Any-Latin would write Қ as "Kˌ"),
// Russian and other Cyrillic through Russian-Latin/BGN, Arabic through
// Arabic-Latin, everything else through Any-Latin; then Latin-ASCII and
// lower case. Results are memoized (the transliterators are slow).
std::string to_latin_ascii(std::string_view word, std::string_view language);

// A consonant skeleton of a Latin key, so spellings of one name meet:
// Арагчи/Аракчи/Erakçı/Araghchi/عراقجي → "rkj". Vowels, h, y and ' are
// dropped; k/g/q/x, c/j/ch/dj/zh, s/z/sh/ts, b/p/v/f/w(at the start), d/t
// are merged; doubled letters collapse.
std::string phonetic_key(std::string_view latin_ascii);

} // namespace synoptic
