// Normalization for matching (never for display): the forms two writers
// may choose for the same word (ё/е, أ/ا, Arabic-Indic digits, typographic
// quotes and dashes, case) are mapped to one, so keys compare byte-wise.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// NFKC, case folding (Turkic dotted/dotless I for "tr", "az", "kk" in Latin),
// Arabic diacritics, tatweel and alef/yeh/teh-marbuta variants removed or
// unified, every decimal digit as ASCII, ٫ → "." and ٬ → ",", ё → е,
// typographic quotes → '"', apostrophes → '\'', dashes and minus → '-'.
std::string normalize_for_matching(std::string_view utf8, std::string_view language);

// True for Turkic languages whose Latin I/İ fold to ı/i.
bool uses_turkic_casing(std::string_view language);

} // namespace synoptic
