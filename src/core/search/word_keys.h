// The forms under which the find box compares a word of the query with a
// word of the text: a literal form (case and diacritics folded, within one
// script) and sound shapes (the word in Latin letters, reduced to consonant
// classes and vowel symbols, across scripts).
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

struct WordKeys {
    // normalize_for_matching without diacritics, Turkish ı as i: Erakçı →
    // "erakci", İran and IRAN → "iran", إيران → "ايران".
    std::string fold;
    // Arabic only: the fold without a proclitic and the article (وإيران →
    // "ايران"), when it differs; literal matches may begin there.
    std::string bare_fold;
    // phonetic_shape of the word's Latin form, then of its forms without
    // inflection (Ирана → Иран, Маскатта → Маскат, البوسعيدي → بوسعيدي) and
    // without a glued Arabic article (Albusaidi → busaidi), each once,
    // separated by '|'. Witkoff and Уиткофф → "fetkaf".
    std::string shapes;
    // The script writes its vowels (Latin, Cyrillic); Arabic writes only the
    // long ones, so its shapes are compared with vowels optional.
    bool vowelled = true;
    // How freely the word may be matched by sound. Spellings across scripts
    // are mostly names: a capitalized word, a @handle, or any Arabic word (no
    // case) answers by every rule of sounds_alike; a lower-case word only a
    // long query, exactly (Katar--которую, басшысы--позиции are chance); a
    // function word (in any of the five languages, for a query) or an
    // acronym (АҚШ, IRNA: spelled, not pronounced) never. A query's case
    // is the typist's: it is a Name unless a function word.
    enum class Sound : unsigned char { Name, Common, Never };
    Sound sound = Sound::Name;
};

// `word` is one word of split_words, `language` the sentence's ("kk", "ru",
// ...) or "" for a query, whose script alone then picks the transliterator;
// `handle`: the word follows an @.
WordKeys word_keys(std::string_view word, std::string_view language, bool handle = false);

// Calls `f` on each of `keys.shapes` until it returns true; whether one did.
template <class F>
bool any_shape(const WordKeys& keys, F f) {
    const std::string_view shapes = keys.shapes;
    for (size_t at = 0; at < shapes.size();) {
        size_t bar = shapes.find('|', at);
        if (bar == std::string_view::npos) bar = shapes.size();
        if (f(shapes.substr(at, bar - at))) return true;
        at = bar + 1;
    }
    return false;
}

} // namespace synoptic
