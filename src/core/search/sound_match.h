// Whether two sound shapes (phonetic_shape: consonant classes and vowel
// symbols) may be one name written in two scripts or two spellings:
// Уиткофф ~ Witkoff ~ ويتكوف, Арагчи ~ Аракчи ~ Erakçı ~ عراقجي, Маскат ~
// Muscat ~ مسقط. Strict by design: a short shape must agree symbol for
// symbol, vowels included, so "Iran" does not sound like the Turkish oran.
#pragma once
#include <string_view>

namespace synoptic {

struct Shape {
    std::string_view symbols;
    bool vowelled = true; // false for Arabic: short vowels unwritten, long ones optional
};

// Symbols a text word may carry past the query's shape (an inflection the
// word forms did not strip: Iranı, Maskatı).
constexpr size_t kInflectionSymbols = 2;

// The consonant symbols of a shape, in order. Every rule of sounds_alike
// keeps the query's at the start of the word's (only vowels may differ, be
// unwritten or be added), so words can be looked up by them.
std::string consonants_of(std::string_view shape);

// A query long enough to be looked for by sound: two consonants and four
// symbols, so a word being typed (Wit, Ir) does not sound like half the
// text.
bool soundable(Shape query);

// True when the text word's shape answers the query's (the rules and
// their reasons are in sound_match.cpp):
// - both vowelled: equal, or the word longer by an inflection that begins
//   with a vowel; one vowel may differ, the first or in a long shape;
// - one of them Arabic: the same consonants in order, each vowel Arabic
//   writes standing for a vowel of the same class in the other, which may
//   have more (not when the query has only two consonants);
// - both Arabic: never (one script: the literal match serves).
// A word that is not `name_like` (a lower-case word) answers only a query
// of four consonants and six symbols, with no vowel differing.
bool sounds_alike(Shape query, Shape word, bool name_like);

} // namespace synoptic
