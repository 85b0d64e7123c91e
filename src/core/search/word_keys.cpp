#include "core/search/word_keys.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/features/word_form.h"
#include "core/lexicon/common_words.h"
#include "core/text/normalize.h"
#include "core/text/script.h"
#include "core/text/transliterate.h"
#include "core/text/utf8.h"

namespace synoptic {
namespace {

// Diacritics off (é → e, ç → c, й → и), then ı → i: a reader typing without
// the accents of a language still finds its words.
std::string strip_diacritics(const std::string& norm) {
    bool ascii = true;
    for (unsigned char c : norm) ascii = ascii && c < 0x80;
    if (ascii) return norm;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(norm);
    if (U_SUCCESS(status)) {
        icu::UnicodeString decomposed = nfd->normalize(text, status);
        if (U_SUCCESS(status)) text = decomposed;
    }
    icu::UnicodeString out;
    for (int32_t i = 0; i < text.length();) {
        UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        out.append(c == 0x0131 ? UChar32('i') : c);
    }
    std::string result;
    out.toUTF8String(result);
    return result;
}

// What a word's letters say about it: its script, and its case (names are
// capitalized; an acronym, all capitals, is spelled letter by letter, not
// pronounced: АҚШ is no "aks").
struct Letters {
    Script script = Script::Other;
    bool capitalized = false;
    bool all_caps = false;
};

Letters letters_of(std::string_view word) {
    Letters letters;
    size_t count = 0, upper = 0;
    for (size_t pos = 0; pos < word.size();) {
        const UChar32 c = static_cast<UChar32>(next_code_point(word, pos));
        if (!u_isalpha(c)) continue;
        const bool is_upper = u_isupper(c) || u_istitle(c);
        if (count == 0) {
            letters.script = script_of(static_cast<char32_t>(c));
            letters.capitalized = is_upper;
        }
        ++count;
        upper += is_upper;
    }
    letters.all_caps = count >= 2 && upper == count;
    return letters;
}

bool function_word(const std::string& norm, std::string_view language) {
    if (!language.empty()) return lexicon::is_function_word(norm, language);
    for (const char* any : {"kk", "ru", "tr", "ar", "en"})
        if (lexicon::is_function_word(norm, any)) return true;
    return false;
}

// The word in Latin letters. Arabic-Latin writes ʿayn as a letter that the
// ASCII step drops; a word starting with it starts with a vowel sound (عمان,
// Oman; عراقجي, Araghchi), which phonetic_shape reads from an apostrophe.
std::string latin_of(const std::string& norm, std::string_view language, bool arabic) {
    std::string latin = to_latin_ascii(norm, language);
    if (arabic && norm.rfind("ع", 0) == 0) latin.insert(0, 1, '\'');
    return latin;
}

WordKeys::Sound sound_role(const std::string& norm, const std::string& bare, std::string_view language,
                           const Letters& letters, bool handle) {
    if (function_word(norm, language) || (!bare.empty() && function_word(bare, language)))
        return WordKeys::Sound::Never;
    if (language.empty()) return WordKeys::Sound::Name; // a query: its case is the typist's, not the writer's
    if (letters.all_caps) return WordKeys::Sound::Never;
    if (letters.capitalized || handle || is_caseless_script(letters.script)) return WordKeys::Sound::Name;
    return WordKeys::Sound::Common;
}

// phonetic_shape, with x read as the two sounds it is (Axios ~ أكسيوس
// "aksyws"); the features' keys keep x as k.
std::string sound_shape(std::string latin) {
    for (size_t at = latin.find('x'); at != std::string::npos; at = latin.find('x', at + 2)) latin.replace(at, 1, "ks");
    return phonetic_shape(latin);
}

void add_shape(std::string& shapes, const std::string& shape) {
    if (shape.empty()) return;
    for (size_t at = 0; at <= shapes.size();) {
        size_t bar = shapes.find('|', at);
        if (bar == std::string::npos) bar = shapes.size();
        if (std::string_view(shapes).substr(at, bar - at) == shape) return;
        at = bar + 1;
    }
    if (!shapes.empty()) shapes += '|';
    shapes += shape;
}

} // namespace

WordKeys word_keys(std::string_view word, std::string_view language, bool handle) {
    WordKeys keys;
    const std::string norm = normalize_for_matching(word, language);
    keys.fold = strip_diacritics(norm);
    const Letters letters = letters_of(word);
    keys.vowelled = !is_caseless_script(letters.script);
    const bool arabic = letters.script == Script::Arabic;
    const std::string_view lang = arabic ? std::string_view("ar") : language;
    // Arabic proclitics and article (وإيران), which name_form keeps because
    // names begin with those letters (واشنطن).
    const std::string bare = arabic ? strip_arabic_clitics(norm) : std::string();
    keys.sound = sound_role(norm, bare == norm ? std::string() : bare, lang, letters, handle);

    const std::string latin = latin_of(norm, lang, arabic);
    keys.shapes = sound_shape(latin);
    // Inflections: a name's case endings and suffixes (name_form). A query
    // in a cased script has no language: it is compared as typed.
    if (!lang.empty()) {
        const std::string base = name_form(norm, lang);
        if (base != norm) add_shape(keys.shapes, sound_shape(latin_of(base, lang, arabic)));
    }
    if (arabic && bare != norm) {
        keys.bare_fold = strip_diacritics(bare);
        add_shape(keys.shapes, sound_shape(latin_of(bare, lang, arabic)));
    }
    // An Arabic article glued to a name in Latin letters: Albusaidi ~ بوسعيدي.
    if (!arabic && latin.size() >= 6 && (latin.rfind("al", 0) == 0 || latin.rfind("el", 0) == 0))
        add_shape(keys.shapes, sound_shape(latin.substr(2)));
    return keys;
}

} // namespace synoptic
