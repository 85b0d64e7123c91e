#include "core/text/legacy_charsets.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace synoptic {
namespace {

struct Charset {
    const char* icu_name;
    const char* aliases; // space-separated, lower case, as pages write them
};

const Charset kCharsets[] = {
    {"windows-1251", "windows-1251 cp1251 x-cp1251"},
    {"KOI8-R", "koi8-r koi8"},
    {"windows-1256", "windows-1256 cp1256"},
    {"windows-1254", "windows-1254 cp1254 iso-8859-9 latin5"},
    {"windows-1252", "windows-1252 cp1252 iso-8859-1 latin1 us-ascii"},
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// How well UTF-8 text reads, 0..1: a wrong single-byte table scrambles case
// and script. The product of three shares: words written in one script (a
// Turkish text read as windows-1251 gives "Mьzakerelerine"), non-ASCII
// letters in lower case (prose is mostly lower case; KOI8-R and
// windows-1251 swap cases), and non-ASCII characters that are letters of the
// most frequent script.
double reads_as_text(const std::string& utf8) {
    std::map<int, long> scripts;
    long letters = 0, lower_case = 0, other = 0, words = 0, mixed_words = 0;
    int word_script = -1;
    bool word_mixed = false, in_word = false;
    auto end_word = [&] {
        if (in_word) {
            ++words;
            mixed_words += word_mixed;
        }
        in_word = word_mixed = false;
        word_script = -1;
    };
    for (int32_t i = 0; i < int32_t(utf8.size());) {
        UChar32 c;
        U8_NEXT(utf8.data(), i, int32_t(utf8.size()), c);
        if (!u_isalpha(c)) {
            end_word();
            if (c >= 0x80) ++other;
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        const int script = uscript_getScript(c, &status);
        if (in_word && word_script != script) word_mixed = true;
        in_word = true;
        word_script = script;
        if (c < 0x80) continue;
        ++letters;
        ++scripts[script];
        if (!u_isupper(c)) ++lower_case;
    }
    end_word();
    if (letters == 0 || words == 0) return 0;
    long top = 0;
    for (const auto& [script, count] : scripts) top = std::max(top, count);
    return (1.0 - double(mixed_words) / double(words)) * (double(lower_case) / double(letters)) *
           (double(top) / double(letters + other));
}

} // namespace

bool looks_like_legacy_charset(std::string_view bytes) {
    long valid_multibyte = 0, invalid = 0;
    for (int32_t i = 0; i < int32_t(bytes.size());) {
        UChar32 c;
        U8_NEXT(bytes.data(), i, int32_t(bytes.size()), c);
        if (c < 0) ++invalid;
        else if (c >= 0x80) ++valid_multibyte;
    }
    return invalid > valid_multibyte;
}

std::string declared_html_charset(std::string_view bytes) {
    const std::string head = lower(bytes.substr(0, 4096));
    for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
        const size_t end = head.find('>', at);
        const std::string tag = head.substr(at, end == std::string::npos ? std::string::npos : end - at);
        const size_t key = tag.find("charset");
        if (key == std::string::npos) continue;
        size_t v = tag.find_first_not_of(" =\"'", key + 7);
        if (v == std::string::npos) continue;
        const size_t stop = tag.find_first_of(" \"';/>", v);
        return tag.substr(v, stop == std::string::npos ? std::string::npos : stop - v);
    }
    return "";
}

std::string supported_legacy_charset(std::string_view name) {
    const std::string wanted = " " + lower(name) + " ";
    for (const Charset& c : kCharsets)
        if ((" " + std::string(c.aliases) + " ").find(wanted) != std::string::npos) return c.icu_name;
    return "";
}

std::string guess_legacy_charset(std::string_view bytes) {
    // A few stray bytes in ASCII text are damage to repair, not a charset to guess.
    const auto high = std::count_if(bytes.begin(), bytes.end(), [](char b) { return static_cast<unsigned char>(b) >= 0x80; });
    if (high < 8) return "";
    std::string best;
    double best_score = 0.5; // below this, none reads as text
    for (const Charset& c : kCharsets) {
        const double score = reads_as_text(legacy_to_utf8(bytes.substr(0, 65536), c.icu_name));
        if (score > best_score) {
            best_score = score;
            best = c.icu_name;
        }
    }
    return best;
}

std::string legacy_to_utf8(std::string_view bytes, const std::string& charset) {
    UErrorCode status = U_ZERO_ERROR;
    // A single-byte table gives at most 3 UTF-8 bytes per byte.
    std::string out(bytes.size() * 3 + 1, '\0');
    const int32_t length = ucnv_convert("UTF-8", charset.c_str(), out.data(), int32_t(out.size()), bytes.data(),
                                        int32_t(bytes.size()), &status);
    if (U_FAILURE(status)) return "";
    out.resize(size_t(length));
    return out;
}

} // namespace synoptic
