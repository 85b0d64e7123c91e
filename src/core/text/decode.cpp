#include "core/text/decode.h"

#include <algorithm>
#include <cstdint>

#include "core/text/legacy_charsets.h"
#include "core/text/utf8.h"

namespace synoptic {

namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

// UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text.
// Returns "UTF-16LE"/"UTF-16BE" when that pattern is overwhelming.
std::string guess_bomless_utf16(std::string_view bytes) {
    const size_t n = std::min<size_t>(bytes.size() & ~size_t(1), 4096);
    if (n < 8) return {};
    size_t even_nul = 0, odd_nul = 0;
    for (size_t i = 0; i < n; i += 2) {
        even_nul += bytes[i] == '\0';
        odd_nul += bytes[i + 1] == '\0';
    }
    const size_t pairs = n / 2;
    if (odd_nul * 10 >= pairs * 7 && even_nul * 20 < pairs) return "UTF-16LE";
    if (even_nul * 10 >= pairs * 7 && odd_nul * 20 < pairs) return "UTF-16BE";
    return {};
}

std::string utf16_to_utf8(std::string_view bytes, bool little_endian, size_t& bad_units) {
    std::string out;
    out.reserve(bytes.size());
    const auto unit = [&](size_t i) -> char16_t {
        const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
        const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
        return static_cast<char16_t>(lo | (hi << 8));
    };
    size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const char16_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            ++bad_units;
            append_utf8(out, kReplacementCharacter);
            continue;
        }
        append_utf8(out, u);
    }
    if (i < bytes.size()) ++bad_units; // a dangling odd byte
    return out;
}

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

bool is_stripped_format_character(char32_t cp) {
    return cp == 0x00AD || cp == 0x200B || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || cp == 0x2060 ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x061C;
}

std::string sniff_binary_format(std::string_view bytes) {
    struct Magic {
        std::string_view prefix;
        const char* name;
    };
    static const Magic kMagic[] = {
        {"%PDF-", "PDF"},
        {"\x89PNG\r\n\x1a\n", "PNG image"},
        {"\xFF\xD8\xFF", "JPEG image"},
        {"GIF87a", "GIF image"},
        {"GIF89a", "GIF image"},
        {"PK\x03\x04", "ZIP archive or office document"},
        {"\x7F" "ELF", "executable"},
        {"\x1F\x8B", "gzip archive"},
        {"BZh", "bzip2 archive"},
        {"\xD0\xCF\x11\xE0", "old office document"},
        {"{\\rtf", "RTF document"},
    };
    for (const Magic& m : kMagic)
        if (starts_with(bytes, m.prefix)) return m.name;
    if (starts_with(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP") return "WebP image";
    if (!guess_bomless_utf16(bytes).empty()) return {};
    // Otherwise: text has few control characters besides tab and line ends.
    const size_t n = std::min<size_t>(bytes.size(), 8192);
    size_t controls = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) ++controls;
    }
    if (controls >= 4 && controls * 10 > n) return "unknown binary format";
    return {};
}

Result<DecodedText> decode_text(std::string_view bytes) {
    if (bytes.empty()) return Error{"the file is empty"};
    DecodedText result;
    std::string utf8;
    std::string_view source = bytes;
    size_t bad_utf16 = 0;
    const bool bom_le = starts_with(bytes, "\xFF\xFE");
    const bool bom_be = starts_with(bytes, "\xFE\xFF");
    std::string bomless16 = (bom_le || bom_be) ? std::string() : guess_bomless_utf16(bytes);
    if (bom_le || bom_be || !bomless16.empty()) {
        const bool le = bom_le || bomless16 == "UTF-16LE";
        result.encoding = le ? "UTF-16LE" : "UTF-16BE";
        utf8 = utf16_to_utf8(bytes.substr((bom_le || bom_be) ? 2 : 0), le, bad_utf16);
        if (bad_utf16)
            result.warnings.push_back("replaced " + plural(bad_utf16, "invalid UTF-16 unit", "invalid UTF-16 units") +
                                      " with U+FFFD");
        if (bomless16.size()) result.warnings.push_back("read as " + result.encoding + " without a byte-order mark");
        source = utf8;
    } else {
        const std::string binary = sniff_binary_format(bytes);
        if (!binary.empty()) return Error{"looks like a binary file (" + binary + "), not text"};
        result.encoding = "UTF-8";
        if (starts_with(source, "\xEF\xBB\xBF")) source.remove_prefix(3);
        // Bytes that are not UTF-8 (not UTF-8 with a few damaged bytes,
        // which are repaired below): a legacy single-byte charset, the one an
        // HTML page declares, else the one the bytes read best in. Valid
        // UTF-8 wins over a declaration (pages often declare wrongly).
        if (looks_like_legacy_charset(source)) {
            const std::string declared = supported_legacy_charset(declared_html_charset(source));
            const std::string charset = declared.empty() ? guess_legacy_charset(source) : declared;
            if (!charset.empty() && !(utf8 = legacy_to_utf8(source, charset)).empty()) {
                source = utf8;
                result.encoding = charset;
                result.warnings.push_back("read as " + charset + (declared.empty() ? " (the bytes are not UTF-8)"
                                                                                   : " (declared by the page)"));
            }
        }
    }

    Utf8Repair repaired = repair_utf8(source);
    if (repaired.replaced_sequences)
        result.warnings.push_back("replaced " +
                                  plural(repaired.replaced_sequences, "invalid UTF-8 sequence", "invalid UTF-8 sequences") +
                                  " with U+FFFD");

    // One pass: line ends to LF; NUL, C0 controls and invisible format
    // characters out. ASCII printable runs are copied wholesale.
    const std::string& in = repaired.text;
    std::string& out = result.text;
    out.reserve(in.size());
    size_t nuls = 0, controls = 0, invisible = 0;
    size_t pos = 0;
    while (pos < in.size()) {
        const auto b = static_cast<unsigned char>(in[pos]);
        if (b >= 0x20 && b < 0x7F) {
            size_t end = pos + 1;
            while (end < in.size() && static_cast<unsigned char>(in[end]) >= 0x20 &&
                   static_cast<unsigned char>(in[end]) < 0x7F)
                ++end;
            out.append(in, pos, end - pos);
            pos = end;
            continue;
        }
        if (b == '\r') {
            out += '\n';
            pos += (pos + 1 < in.size() && in[pos + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (b == '\n' || b == '\t') {
            out += static_cast<char>(b);
            ++pos;
            continue;
        }
        if (b == 0) {
            ++nuls;
            ++pos;
            continue;
        }
        if (b < 0x20 || b == 0x7F) {
            // Form feed separates pages: keep it as a paragraph break.
            if (b == '\f') out += "\n\n";
            else ++controls;
            ++pos;
            continue;
        }
        const size_t start = pos;
        const char32_t cp = next_code_point(in, pos);
        if (is_stripped_format_character(cp)) {
            ++invisible;
            continue;
        }
        if (cp >= 0x80 && cp < 0xA0) { // C1 controls
            ++controls;
            continue;
        }
        if (cp == 0x2028 || cp == 0x2029) { // Unicode line/paragraph separators
            out += cp == 0x2029 ? "\n\n" : "\n";
            continue;
        }
        out.append(in, start, pos - start);
    }
    if (nuls) result.warnings.push_back("removed " + plural(nuls, "NUL byte", "NUL bytes"));
    if (controls) result.warnings.push_back("removed " + plural(controls, "control character", "control characters"));
    if (invisible)
        result.warnings.push_back("removed " + plural(invisible, "invisible bidi or zero-width character",
                                                      "invisible bidi or zero-width characters"));
    bool any_visible = false;
    for (char c : out)
        if (!(c == ' ' || c == '\n' || c == '\t')) {
            any_visible = true;
            break;
        }
    if (!any_visible) return Error{"the file contains no text"};
    return result;
}

} // namespace synoptic
