#include "core/lexicon/index_keys.h"

#include "core/features/word_form.h"
#include "core/lexicon/lexicon.h"
#include "core/text/tokenize.h"
#include "core/text/utf8.h"

namespace synoptic::lexicon {
namespace {

// Turkish and Kazakh build words by suffixing, so a glossary word also
// begins its inflected forms (müzakere → müzakerelerin, келіссөз →
// келіссөзін) even where the stemmers stop short; so does an Arabic word
// after its proclitics (أعلن → أعلنت, مفاوضة → مفاوضات). A final voiceless
// consonant turns voiced before a vowel (destek → desteği, көмек → көмегі):
// that form begins them too.
bool suffixing_language(std::string_view language) { return language == "tr" || language == "kk" || language == "ar"; }

std::string voiced_final(std::string_view word, std::string_view language) {
    static const std::pair<std::string_view, std::string_view> kTurkish[] = {
        {"k", "ğ"}, {"p", "b"}, {"ç", "c"}, {"t", "d"}};
    static const std::pair<std::string_view, std::string_view> kKazakh[] = {{"к", "г"}, {"қ", "ғ"}, {"п", "б"}};
    auto try_pairs = [&](const auto& pairs) -> std::string {
        for (const auto& [voiceless, voiced] : pairs)
            if (word.size() > voiceless.size() && word.substr(word.size() - voiceless.size()) == voiceless)
                return std::string(word.substr(0, word.size() - voiceless.size())) + std::string(voiced);
        return {};
    };
    if (language == "tr") return try_pairs(kTurkish);
    if (language == "kk") return try_pairs(kKazakh);
    return {};
}

// Snowball's Russian stem of a nominative can differ from that of the
// inflected forms (Оман → ома, Омане → оман): file the entry's last word
// under the stems of its common case forms too.
const std::string_view kRussianEndings[] = {"а", "у", "е", "ом", "ой", "ы", "и", "ах", "ам"};

} // namespace

std::vector<IndexKey> index_keys(std::string_view language, char kind, std::string_view form) {
    std::vector<IndexKey> keys;
    const bool root = form.size() > 1 && form.back() == kRootMark;
    if (root) form.remove_suffix(1);
    std::string key, prefix, last_norm;
    uint8_t words = 0;
    bool capitalized = false;
    for (const Token& token : tokenize_words(form, language)) {
        if (token.kind == TokenKind::Symbol) continue; // "Аль-" hyphens, dots of abbreviations
        if (words == 0) capitalized = token.capitalized;
        if (words) key += ' ';
        prefix = key;
        key += word_form(token.norm, language);
        last_norm = root_form(token.norm, language);
        ++words;
    }
    if (words == 0 || words > kMaxPhraseTokens) return keys;
    auto add = [&](std::string k, bool is_root) { keys.push_back({std::move(k), words, capitalized, is_root}); };
    if (root) {
        add(prefix + last_norm + kRootMark, true);
        return keys;
    }
    const bool begins_inflections = kind == 'G' && suffixing_language(language) && count_code_points(last_norm) >= 4;
    // An Arabic word is looked up by the same text as its root (the word
    // after its clitics), so the root finds it too: no need to file it twice.
    // Turkish and Kazakh look words up by stems the root does not replace.
    if (!begins_inflections || language != "ar") add(key, false);
    if (begins_inflections) {
        add(prefix + last_norm + kRootMark, true);
        std::string voiced = voiced_final(last_norm, language);
        if (!voiced.empty()) add(prefix + voiced + kRootMark, true);
    }
    if (language == "ru" && (kind == 'C' || kind == 'A'))
        for (std::string_view ending : kRussianEndings)
            add(prefix + word_form(last_norm + std::string(ending), language), false);
    return keys;
}

} // namespace synoptic::lexicon
