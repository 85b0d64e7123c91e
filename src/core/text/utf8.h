// UTF-8 decoding one code point at a time, validation and repair. The core
// keeps text as UTF-8 byte strings; these helpers are the one place that
// knows the encoding rules (overlongs, surrogates, truncated sequences).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace synoptic {

constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the code point starting at text[pos] and advances pos past it.
// An ill-formed sequence yields U+FFFD and advances by the longest invalid
// prefix (at least one byte), as the Unicode standard recommends.
char32_t next_code_point(std::string_view text, size_t& pos);

// Appends the UTF-8 encoding of cp (which must be a scalar value).
void append_utf8(std::string& out, char32_t cp);

bool is_valid_utf8(std::string_view text);

struct Utf8Repair {
    std::string text;
    size_t replaced_sequences = 0; // ill-formed sequences turned into U+FFFD
};

// Copies text, replacing each ill-formed sequence with U+FFFD.
Utf8Repair repair_utf8(std::string_view text);

// Number of code points (ill-formed sequences count as one each).
size_t count_code_points(std::string_view text);

} // namespace synoptic
