// Single-byte encodings of older news sites and text files: windows-1251 and
// KOI8-R (Russian, Kazakh), windows-1256 (Arabic), windows-1254 (Turkish),
// windows-1252 (Western). Converted by ICU; the page's ICU data carries these
// converters (toolchains/icu-data.list).
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// True when bytes look written in a single-byte charset rather than in UTF-8
// with some damage: their invalid UTF-8 sequences outnumber the valid
// multi-byte ones (in legacy text nearly every byte above 0x7F is invalid).
bool looks_like_legacy_charset(std::string_view bytes);

// The charset an HTML page declares in its first bytes (<meta charset=...>
// or http-equiv Content-Type), lower-cased; "" when it declares none.
std::string declared_html_charset(std::string_view bytes);

// ICU's name for a charset we read, or "" when it is not one of them.
std::string supported_legacy_charset(std::string_view name);

// The legacy charset the bytes read best in (letters of one script, mostly
// lower case), among those above; "" when none reads as text, or when fewer
// than 8 bytes are above 0x7F (too little to tell).
std::string guess_legacy_charset(std::string_view bytes);

// The bytes converted to UTF-8 from `charset` (an ICU converter name).
std::string legacy_to_utf8(std::string_view bytes, const std::string& charset);

} // namespace synoptic
