// Numbers spelled out in words (двадцать пять, üç yüz, бес мың, two
// million): the value of a run of the lexicon's number and scale words, and
// the key a number's value is matched under. Shared by the anchors of a
// sentence and by the find box, so "on iki" means 12 to both.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/lexicon/lexicon.h"

namespace synoptic {

// The key of a Number anchor: a whole value in plain digits ("1500"),
// another in six significant digits ("2.5"), so a value read from digits
// and the same value spelled in words (two million) share one key.
std::string number_value_key(double value);

// The value of a run of Number and Scale entries (one entry a word, in
// reading order): "üç yüz" is 3 × 100, "бес мың екі" 5 × 1000 + 2. Nothing
// for a lone "one" (бір, bir, один, one), which is mostly an article.
std::optional<double> number_words_value(const std::vector<const lexicon::Entry*>& run);

} // namespace synoptic
