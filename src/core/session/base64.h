// Base64 (RFC 4648, with padding): how a session file carries an article's
// original bytes, whatever their encoding, inside JSON text.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace synoptic {

std::string encode_base64(std::string_view bytes);

// Nothing when `text` is not base64 (a character outside the alphabet, a
// length that is not a multiple of 4, padding anywhere but at the end).
std::optional<std::string> decode_base64(std::string_view text);

} // namespace synoptic
