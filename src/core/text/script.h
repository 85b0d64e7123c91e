// Writing systems of text, by code point: what language identification and
// sentence splitting need to know first (Cyrillic, Latin, Arabic, ...).
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

namespace synoptic {

enum class Script { Other, Latin, Cyrillic, Arabic, Greek, Hebrew, Han, Count };

Script script_of(char32_t cp);
const char* script_name(Script script);

// True for scripts that have no upper/lower case distinction (Arabic,
// Hebrew, Han): sentence starts cannot be told by a capital letter.
bool is_caseless_script(Script script);

struct ScriptCounts {
    std::array<size_t, static_cast<size_t>(Script::Count)> letters{};
    size_t total_letters = 0;
    size_t of(Script s) const { return letters[static_cast<size_t>(s)]; }
    Script dominant() const; // Other when there are no letters
};

// Counts letters (not digits, punctuation or spaces) per script.
ScriptCounts count_scripts(std::string_view utf8_text);

} // namespace synoptic
