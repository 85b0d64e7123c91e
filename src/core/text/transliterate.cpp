#include "core/text/transliterate.h"

#include <memory>
#include <unordered_map>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

namespace synoptic {
namespace {

enum class Route { KazakhCyrillic, OtherCyrillic, Arabic, Latin, Other, Count };

const char* kRouteIds[] = {
    "Kazakh-Latin/BGN; Latin-ASCII; Lower",
    "Russian-Latin/BGN; Latin-ASCII; Lower",
    "Arabic-Latin; Latin-ASCII; Lower",
    "Latin-ASCII; Lower",
    "Any-Latin; Latin-ASCII; Lower",
};

icu::Transliterator* transliterator(Route route) {
    static std::unique_ptr<icu::Transliterator> cache[static_cast<int>(Route::Count)];
    static bool tried[static_cast<int>(Route::Count)] = {};
    int index = static_cast<int>(route);
    if (!tried[index]) {
        tried[index] = true;
        UErrorCode status = U_ZERO_ERROR;
        cache[index].reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8(kRouteIds[index]), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) cache[index].reset();
    }
    return cache[index].get();
}

bool is_kazakh_letter(UChar32 c) {
    switch (u_tolower(c)) {
    case 0x04D9: case 0x0493: case 0x049B: case 0x04A3: case 0x04E9: case 0x04B1:
    case 0x04AF: case 0x04BB: case 0x0456: return true;
    default: return false;
    }
}

Route route_for(const icu::UnicodeString& word, std::string_view language) {
    UScriptCode script = USCRIPT_COMMON;
    bool kazakh_letters = false;
    for (int32_t i = 0; i < word.length();) {
        UChar32 c = word.char32At(i);
        i += U16_LENGTH(c);
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode s = uscript_getScript(c, &status);
        if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED) script = s;
        kazakh_letters = kazakh_letters || is_kazakh_letter(c);
    }
    switch (script) {
    case USCRIPT_CYRILLIC:
        return (language == "kk" || kazakh_letters) ? Route::KazakhCyrillic : Route::OtherCyrillic;
    case USCRIPT_ARABIC: return Route::Arabic;
    case USCRIPT_LATIN: case USCRIPT_COMMON: case USCRIPT_INHERITED: return Route::Latin;
    default: return Route::Other;
    }
}

// Merged consonant classes; 0 = dropped.
char consonant_class(char c, bool at_start) {
    switch (c) {
    case 'k': case 'g': case 'q': case 'x': return 'k';
    case 'c': case 'j': return 'j';
    case 's': case 'z': return 's';
    case 'b': case 'p': case 'v': case 'f': return 'b';
    case 'w': return at_start ? 'b' : 0;
    case 'd': case 't': return 't';
    case 'l': case 'r': case 'm': case 'n': return c;
    default: return 0; // vowels, h, y, apostrophes, digits
    }
}

} // namespace

std::string to_latin_ascii(std::string_view word, std::string_view language) {
    static std::unordered_map<std::string, std::string> memo;
    std::string memo_key(language);
    memo_key += '\x1f';
    memo_key += word;
    auto found = memo.find(memo_key);
    if (found != memo.end()) return found->second;

    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    if (icu::Transliterator* t = transliterator(route_for(text, language))) t->transliterate(text);
    std::string latin;
    for (int32_t i = 0; i < text.length(); ++i) {
        UChar c = text.charAt(i);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) latin += static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z') latin += static_cast<char>(c - 'A' + 'a');
        else if (c == '\'' || c == '-') latin += static_cast<char>(c);
    }
    if (memo.size() > 50000) memo.clear(); // bound memory (the page too) on book-size inputs
    memo.emplace(std::move(memo_key), latin);
    return latin;
}

namespace {

// The one loop behind phonetic_key and phonetic_shape: wherever the skeleton
// drops a letter that separates two like consonants (a vowel, y, w inside a
// word), the shape writes one vowel symbol for the run instead.
std::string consonant_skeleton(std::string_view latin, bool keep_vowels) {
    std::string key;
    char last = 0;
    for (size_t i = 0; i < latin.size(); ++i) {
        char c = latin[i];
        char next = i + 1 < latin.size() ? latin[i + 1] : 0;
        char cls;
        if ((c == 'c' || c == 's' || c == 'z' || c == 'k' || c == 'g' || c == 'd' || c == 't') &&
            next == 'h') {
            // ch, sh, zh, kh, gh, dh, th: one sound each. Russian writes the h of
            // other languages as х (Захеди ~ Zahedi): kh before a vowel is dropped
            // like h; before a consonant it stays k (Kazakhstan ~ Қазақстан).
            char after = i + 2 < latin.size() ? latin[i + 2] : 0;
            bool vowel_after = after == 'a' || after == 'e' || after == 'i' || after == 'o' || after == 'u' || after == 'y';
            cls = (c == 'c') ? 'j' : (c == 'z' || c == 's') ? 's' : (c == 'd' || c == 't') ? 't'
                : (c == 'k' && vowel_after) ? 0 : 'k';
            if (keep_vowels && cls == 0 && i == 0) key += 'h'; // Хамас ~ Hamas: a word's h, below
            ++i;
            if (cls == 0) continue;
        } else if (c == 'n' && next == 'g') {
            cls = 'n'; // Kazakh ң, English -ng-: Вашингтон ~ واشنطن
            ++i;
        } else if (c == 'u' && i == 0 && (next == 'i' || next == 'e' || next == 'a' || next == 'o')) {
            cls = 'b'; // Russian У- for English W-: Уиткофф ~ Witkoff
        } else if (c == 't' && next == 's') {
            cls = 's';
            ++i;
        } else if (c == 'd' && (next == 'j' || next == 'z')) {
            cls = 'j';
            ++i;
        } else if (c == 'c' && (next == 'a' || next == 'o' || next == 'u' || next == 'k' || next == 'r' ||
                                next == 'l' || next == 't' || next == 0)) {
            cls = 'k'; // Muscat, Costa: a hard c (Turkish c and ç come before other letters too)
        } else if (keep_vowels && c == 'p' && next == 'h') {
            cls = 'f'; // Philadelphia: ph is f (the shape's own class, below)
            ++i;
        } else {
            cls = consonant_class(c, key.empty() && i == 0);
        }
        // The shape hears f, v and w apart from b and p: Arabic writes them
        // with two letters (ف, ب), so فارسية is no Paris and فيتنام no Python.
        if (keep_vowels && cls == 'b' && (c == 'f' || c == 'v' || c == 'w' || c == 'u')) cls = 'f';
        if (cls == 0) {
            if (c != 'h' && c != '\'') {
                last = 0; // a vowel between two like consonants keeps both
                if (keep_vowels) {
                    // The run's last letter names its vowel: я is "ya", ai in
                    // Бусаиди and ay in ايران ("ayran", alef carrying the i) end in i.
                    const char vowel = (c == 'a' || c == 'o' || c == 'u' || c == 'w') ? 'a' : 'e';
                    if (!key.empty() && is_vowel_symbol(key.back())) key.back() = vowel;
                    else key += vowel;
                }
            } else if (keep_vowels && i == 0) {
                // A word's first h is heard (Herhangi is no Iran, Hamas no Amas);
                // Arabic ʿayn or hamza starting a word carries its first vowel (عمان, Oman).
                key += c == 'h' ? 'h' : 'a';
            }
            continue;
        }
        if (cls == last) continue;
        key += cls;
        last = cls;
    }
    return key;
}

} // namespace

std::string phonetic_key(std::string_view latin) { return consonant_skeleton(latin, false); }

std::string phonetic_shape(std::string_view latin) { return consonant_skeleton(latin, true); }

bool is_vowel_symbol(char c) { return c == 'a' || c == 'e'; }

} // namespace synoptic
