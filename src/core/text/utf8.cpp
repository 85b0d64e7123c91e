#include "core/text/utf8.h"

namespace synoptic {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

} // namespace

char32_t next_code_point(std::string_view text, size_t& pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    size_t length = 0;
    char32_t cp = 0;
    // The second byte's range is narrowed for E0/ED/F0/F4 to exclude
    // overlongs, surrogates and values above U+10FFFF.
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        if (lead == 0xE0) second_min = 0xA0;
        if (lead == 0xED) second_max = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        if (lead == 0xF0) second_min = 0x90;
        if (lead == 0xF4) second_max = 0x8F;
    } else {
        ++pos;
        return kReplacementCharacter;
    }
    size_t i = pos + 1;
    for (size_t k = 1; k < length; ++k, ++i) {
        if (i >= text.size()) {
            pos = i;
            return kReplacementCharacter;
        }
        const unsigned char b = byte(i);
        const bool ok = k == 1 ? (b >= second_min && b <= second_max) : is_continuation(b);
        if (!ok) {
            pos = i; // the offending byte starts the next sequence
            return kReplacementCharacter;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    pos = i;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_valid_utf8(std::string_view text) {
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t start = pos;
        const char32_t cp = next_code_point(text, pos);
        // A literal U+FFFD in the input is valid; only a repaired one is not.
        if (cp == kReplacementCharacter && pos - start != 3) return false;
        if (cp == kReplacementCharacter &&
            text.substr(start, 3) != std::string_view("\xEF\xBF\xBD", 3))
            return false;
    }
    return true;
}

Utf8Repair repair_utf8(std::string_view text) {
    Utf8Repair result;
    result.text.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t start = pos;
        // ASCII runs are copied without decoding: most news text is mostly ASCII
        // punctuation and digits, and this keeps 50 MB inputs fast.
        while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) ++pos;
        if (pos > start) {
            result.text.append(text.data() + start, pos - start);
            continue;
        }
        const char32_t cp = next_code_point(text, pos);
        if (cp == kReplacementCharacter &&
            text.substr(start, pos - start) != std::string_view("\xEF\xBF\xBD", 3))
            ++result.replaced_sequences;
        if (cp == kReplacementCharacter)
            append_utf8(result.text, cp);
        else
            result.text.append(text.data() + start, pos - start);
    }
    return result;
}

size_t count_code_points(std::string_view text) {
    size_t count = 0;
    for (size_t pos = 0; pos < text.size(); ++count) next_code_point(text, pos);
    return count;
}

} // namespace synoptic
