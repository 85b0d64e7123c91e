// From the bytes of a file to clean UTF-8 text: byte-order marks (UTF-8,
// UTF-16 LE/BE), binary sniffing (PDF, images, archives), repair of invalid
// UTF-8, removal of NUL and other control characters, of bidi controls and
// zero-width characters, and CRLF/CR line ends made LF. Every repair is
// reported as a warning; only input with no text at all is an error.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace synoptic {

struct DecodedText {
    std::string text;                  // valid UTF-8, '\n' line ends
    std::string encoding;              // "UTF-8", "UTF-16LE", "UTF-16BE", or a legacy charset ("windows-1251", ...)
    std::vector<std::string> warnings;
};

// The kind of binary file the bytes start like ("PDF", "PNG image", ...), or
// an empty string when they look like text.
std::string sniff_binary_format(std::string_view bytes);

Result<DecodedText> decode_text(std::string_view bytes);

// True for the invisible format characters Synoptic strips from text: bidi
// embeddings/overrides/isolates and marks, zero-width space, word joiner,
// soft hyphen, a BOM inside the text. ZWNJ and ZWJ are kept: Persian
// spelling and emoji sequences need them.
bool is_stripped_format_character(char32_t cp);

} // namespace synoptic
