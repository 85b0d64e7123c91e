#include "core/features/stem.h"

#include <cstring>
#include <map>
#include <memory>

#include <libstemmer.h>
#include <unicode/utf8.h>

namespace synoptic {
namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer* snowball(std::string_view language) {
    const char* algorithm = language == "ru"   ? "russian"
                            : language == "tr" ? "turkish"
                            : language == "ar" ? "arabic"
                            : language == "en" ? "english"
                                               : nullptr;
    if (!algorithm) return nullptr;
    static std::map<std::string, std::unique_ptr<sb_stemmer, StemmerDeleter>> cache;
    auto& slot = cache[algorithm];
    if (!slot) slot.reset(sb_stemmer_new(algorithm, "UTF_8"));
    return slot.get();
}

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
        UChar32 c;
        U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
        out += static_cast<char32_t>(c < 0 ? 0xFFFD : c);
    }
    return out;
}

std::string encode(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) {
        char buf[4];
        int32_t n = 0;
        UBool error = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), error);
        (void)error;
        out.append(buf, n);
    }
    return out;
}

enum class Harmony { Back, Front, Neutral };

Harmony vowel_harmony(char32_t c) {
    switch (c) {
    case U'а': case U'о': case U'ұ': case U'ы': case U'я': return Harmony::Back;
    case U'ә': case U'ө': case U'ү': case U'і': case U'е': case U'э': return Harmony::Front;
    default: return Harmony::Neutral; // и, у, ю, consonants
    }
}

bool is_vowel(char32_t c) {
    return std::u32string_view(U"аоұыяәөүіеэиуюё").find(c) != std::u32string_view::npos;
}

// Kazakh suffixes, longest first within each group's alternatives: case,
// possessive, plural, and the derivations news uses most (-лық, -шы, -дық).
const char32_t* const kKazakhSuffixes[] = {
    U"ндағы", U"ндегі", U"дағы", U"дегі", U"тағы", U"тегі",
    U"ымыз", U"іміз", U"ыңыз", U"іңіз",
    U"ның", U"нің", U"дың", U"дің", U"тың", U"тің",
    U"нан", U"нен", U"дан", U"ден", U"тан", U"тен",
    U"нда", U"нде", U"мен", U"бен", U"пен",
    U"лар", U"лер", U"дар", U"дер", U"тар", U"тер",
    U"лық", U"лік", U"дық", U"дік", U"тық", U"тік",
    U"ға", U"ге", U"қа", U"ке", U"на", U"не",
    U"ны", U"ні", U"ды", U"ді", U"ты", U"ті",
    U"да", U"де", U"та", U"те", U"сы", U"сі",
    U"шы", U"ші", U"ым", U"ім", U"ың", U"ің",
    // One-letter endings: possessive -ы/-і and accusative -н, -ң, -м. Not the
    // dative -а/-е: it follows only the possessives -ым/-ың, and stripping it
    // cuts stems (астана → астан, мәлімдеме → мәлімдем).
    U"ы", U"і", U"н", U"ң", U"м",
};

Harmony suffix_harmony(std::u32string_view suffix) {
    for (char32_t c : suffix) {
        Harmony h = vowel_harmony(c);
        if (h != Harmony::Neutral) return h;
    }
    return Harmony::Neutral;
}

Harmony last_vowel_harmony(std::u32string_view stem) {
    for (size_t i = stem.size(); i-- > 0;) {
        if (!is_vowel(stem[i])) continue;
        return vowel_harmony(stem[i]);
    }
    return Harmony::Neutral;
}

size_t vowel_count(std::u32string_view s) {
    size_t n = 0;
    for (char32_t c : s) n += is_vowel(c);
    return n;
}

} // namespace

std::string truncate_code_points(std::string_view word, size_t max_code_points) {
    int32_t i = 0, n = 0;
    while (i < static_cast<int32_t>(word.size()) && static_cast<size_t>(n) < max_code_points) {
        U8_FWD_1(word.data(), i, static_cast<int32_t>(word.size()));
        ++n;
    }
    return std::string(word.substr(0, i));
}

std::string strip_kazakh_suffixes(std::string_view word) {
    std::u32string w = decode(word);
    for (int round = 0; round < 4; ++round) {
        bool stripped = false;
        for (const char32_t* suffix_ptr : kKazakhSuffixes) {
            std::u32string_view suffix(suffix_ptr);
            if (w.size() <= suffix.size()) continue;
            if (std::u32string_view(w).substr(w.size() - suffix.size()) != suffix) continue;
            std::u32string_view stem = std::u32string_view(w).substr(0, w.size() - suffix.size());
            // A stem keeps at least one vowel and three letters (four for one-letter suffixes).
            if (stem.size() < (suffix.size() == 1 ? 4u : 3u) || vowel_count(stem) == 0) continue;
            Harmony hs = suffix_harmony(suffix), hw = last_vowel_harmony(stem);
            if (hs != Harmony::Neutral && hw != Harmony::Neutral && hs != hw) continue;
            // Vowel-initial suffixes follow consonants; a vowel stem takes с-/н- forms.
            if (is_vowel(suffix[0]) && is_vowel(stem.back())) continue;
            // н-forms follow vowels (possessive -ы/-і: елі+нде) or, for the
            // genitive and ablative, м н ң (Иран+ның, Иран+нан).
            if (suffix[0] == U'н') {
                char32_t last = stem.back();
                bool after_possessive = last == U'ы' || last == U'і';
                bool sonorant = last == U'м' || last == U'н' || last == U'ң';
                bool genitive_or_ablative = suffix == U"ның" || suffix == U"нің" || suffix == U"нан" || suffix == U"нен";
                bool accusative = suffix == U"ны" || suffix == U"ні";
                if (!(after_possessive || (sonorant && genitive_or_ablative) ||
                      (is_vowel(last) && (accusative || genitive_or_ablative))))
                    continue;
            }
            w.erase(stem.size());
            stripped = true;
            break;
        }
        if (!stripped) break;
    }
    return encode(w);
}

std::string stem_word(std::string_view word, std::string_view language) {
    if (language == "tr" || language == "az") {
        size_t apostrophe = word.find('\'');
        if (apostrophe != std::string_view::npos && apostrophe > 0) word = word.substr(0, apostrophe);
    }
    if (language == "kk") return strip_kazakh_suffixes(word);
    if (sb_stemmer* s = snowball(language)) {
        const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()),
                                               static_cast<int>(word.size()));
        if (out) return std::string(reinterpret_cast<const char*>(out), sb_stemmer_length(s));
    }
    return truncate_code_points(word, 6);
}

} // namespace synoptic
