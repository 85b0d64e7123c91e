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

// phonetic_key with its vowels kept, one symbol per run of vowels, in two
// classes named by the run's last letter: 'a' (a, o, u, w inside a word) and
// 'e' (e, i, y). Иран and Iran → "eran", the Turkish oran (rate) → "aran":
// short names that share a skeleton ("rn") are told apart by their vowels
// where both scripts write them. A leading
// apostrophe (Arabic ʿayn or hamza: عمان → "'man") is a vowel; a leading h
// (or kh before a vowel, Russian х for h) is kept as 'h': Hamas, Хамас,
// حماس → "hamas"; f, v, w and ph are 'f', apart from b and p (Arabic
// writes ف and ب): Уиткофф, Witkoff → "fetkaf". Dropping the vowel symbols
// and a leading 'h', and reading 'f' as 'b', gives phonetic_key.
std::string phonetic_shape(std::string_view latin_ascii);

// 'a' or 'e': a vowel symbol of phonetic_shape (never a consonant class).
bool is_vowel_symbol(char c);

} // namespace synoptic
