#include "core/session/base64.h"

#include <array>
#include <cstdint>

namespace synoptic {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr uint8_t kNotBase64 = 0xFF;

constexpr std::array<uint8_t, 256> make_values() {
    std::array<uint8_t, 256> values{};
    for (auto& value : values) value = kNotBase64;
    for (uint8_t i = 0; i < 64; ++i) values[static_cast<unsigned char>(kAlphabet[i])] = i;
    return values;
}
constexpr std::array<uint8_t, 256> kValues = make_values();

} // namespace

std::string encode_base64(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const uint32_t group = uint32_t(uint8_t(bytes[i])) << 16 | uint32_t(uint8_t(bytes[i + 1])) << 8 |
                               uint32_t(uint8_t(bytes[i + 2]));
        out += kAlphabet[group >> 18];
        out += kAlphabet[(group >> 12) & 63];
        out += kAlphabet[(group >> 6) & 63];
        out += kAlphabet[group & 63];
    }
    const size_t left = bytes.size() - i;
    if (left > 0) {
        uint32_t group = uint32_t(uint8_t(bytes[i])) << 16;
        if (left == 2) group |= uint32_t(uint8_t(bytes[i + 1])) << 8;
        out += kAlphabet[group >> 18];
        out += kAlphabet[(group >> 12) & 63];
        out += left == 2 ? kAlphabet[(group >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> decode_base64(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    size_t padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=') ++padding;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        uint32_t group = 0;
        for (size_t j = 0; j < 4; ++j) {
            const bool pad = last && j >= 4 - padding;
            const uint8_t value = pad ? 0 : kValues[static_cast<unsigned char>(text[i + j])];
            if (value == kNotBase64) return std::nullopt;
            group = group << 6 | value;
        }
        out += static_cast<char>(group >> 16);
        if (!last || padding < 2) out += static_cast<char>((group >> 8) & 0xFF);
        if (!last || padding < 1) out += static_cast<char>(group & 0xFF);
    }
    return out;
}

} // namespace synoptic
