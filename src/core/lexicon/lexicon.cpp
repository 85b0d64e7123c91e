#include "core/lexicon/lexicon.h"

#include <unordered_map>

#include "core/features/word_form.h"
#include "core/lexicon/generated_tables.h"
#include "core/text/tokenize.h"

namespace synoptic::lexicon {
namespace {

using Index = std::unordered_map<std::string, std::vector<Entry>>;

void add_entry(Index& index, const std::string& key, char kind, std::string_view value, uint8_t words,
               bool capitalized, bool root = false) {
    std::vector<Entry>& entries = index[key];
    for (Entry& e : entries)
        if (e.kind == static_cast<EntryKind>(kind) && e.value == value) {
            e.capitalized = e.capitalized && capitalized; // one lower-case form makes it a common word
            return;
        }
    entries.push_back({static_cast<EntryKind>(kind), std::string(value), words, capitalized, root});
}

// Roots are indexed under their unstemmed text and this mark, apart from
// whole words: "kk\x1fатап өт-".
constexpr char kRootMark = '-';

// Turkish and Kazakh build words by suffixing, so a glossary word also
// begins its inflected forms (müzakere → müzakerelerin, келіссөз →
// келіссөзін) even where the stemmers stop short. A final voiceless
// consonant turns voiced before a vowel (destek → desteği, көмек → көмегі):
// that form begins them too.
bool suffixing_language(std::string_view language) { return language == "tr" || language == "kk"; }

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
    return language == "tr" ? try_pairs(kTurkish) : try_pairs(kKazakh);
}

size_t letters_in(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Snowball's Russian stem of a nominative can differ from that of the
// inflected forms (Оман → ома, Омане → оман): index the entry's last word
// under the stems of its common case forms too.
const std::string_view kRussianEndings[] = {"а", "у", "е", "ом", "ой", "ы", "и", "ах", "ам"};

void index_form(Index& index, std::string_view language, char kind, std::string_view value, std::string_view form) {
    const bool root = form.size() > 1 && form.back() == kRootMark;
    if (root) form.remove_suffix(1);
    std::string key(language);
    key += '\x1f';
    uint8_t words = 0;
    std::string prefix, last_norm;
    bool capitalized = false;
    for (const Token& token : tokenize_words(form, language)) {
        if (token.kind == TokenKind::Symbol) continue; // "Аль-" hyphens, dots of abbreviations
        if (words == 0) capitalized = token.capitalized;
        if (words) key += ' ';
        prefix = key;
        key += word_form(token.norm, language);
        last_norm = token.norm;
        ++words;
    }
    if (words == 0 || words > kMaxPhraseTokens) return;
    if (root) {
        add_entry(index, prefix + last_norm + kRootMark, kind, value, words, capitalized, true);
        return;
    }
    add_entry(index, key, kind, value, words, capitalized);
    if (kind == 'G' && suffixing_language(language) && letters_in(last_norm) >= 4) {
        add_entry(index, prefix + last_norm + kRootMark, kind, value, words, capitalized, true);
        std::string voiced = voiced_final(last_norm, language);
        if (!voiced.empty()) add_entry(index, prefix + voiced + kRootMark, kind, value, words, capitalized, true);
    }
    if (language == "ru" && (kind == 'C' || kind == 'A'))
        for (std::string_view ending : kRussianEndings)
            add_entry(index, prefix + word_form(last_norm + std::string(ending), language), kind, value, words,
                      capitalized);
}

// "kind\tvalue\tlang=form|form\tlang=form": the forms of one language.
void index_line(Index& index, std::string_view wanted_language, std::string_view line) {
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 != 1 || t2 == std::string_view::npos) return;
    char kind = line[0];
    std::string_view value = line.substr(t1 + 1, t2 - t1 - 1);
    for (size_t begin = t2 + 1; begin < line.size();) {
        size_t end = line.find('\t', begin);
        if (end == std::string_view::npos) end = line.size();
        std::string_view group = line.substr(begin, end - begin);
        size_t eq = group.find('=');
        if (eq != std::string_view::npos) {
            std::string_view language = group.substr(0, eq), forms = group.substr(eq + 1);
            if (language != wanted_language) forms = {};
            for (size_t f = 0; f < forms.size();) {
                size_t bar = forms.find('|', f);
                if (bar == std::string_view::npos) bar = forms.size();
                if (bar > f) index_form(index, language, kind, value, forms.substr(f, bar - f));
                f = bar + 1;
            }
        }
        begin = end + 1;
    }
}

// One index a language, built on its first lookup: stemming every form of
// every language costs about 80 ms natively (several times that in the page),
// and a comparison needs only its articles' languages (and English, for
// English words quoted inside them).
const Index& index(std::string_view language) {
    static std::unordered_map<std::string, Index> by_language;
    auto found = by_language.find(std::string(language));
    if (found != by_language.end()) return found->second;
    Index& index = by_language[std::string(language)];
    for (size_t t = 0; t < kGeneratedTableCount; ++t) {
        std::string_view data(kGeneratedTables[t].data, kGeneratedTables[t].size);
        for (size_t begin = 0; begin < data.size();) {
            size_t end = data.find('\n', begin);
            if (end == std::string_view::npos) end = data.size();
            index_line(index, language, data.substr(begin, end - begin));
            begin = end + 1;
        }
    }
    return index;
}

} // namespace

const std::vector<Entry>& lookup(std::string_view language, std::string_view joined_forms) {
    static const std::vector<Entry> kNone;
    std::string key(language);
    key += '\x1f';
    key += joined_forms;
    const Index& idx = index(language);
    auto found = idx.find(key);
    return found == idx.end() ? kNone : found->second;
}

const std::vector<Entry>& lookup_root(std::string_view language, std::string_view joined_forms_before,
                                      std::string_view last_norm) {
    static const std::vector<Entry> kNone;
    std::string key(language);
    key += '\x1f';
    key += joined_forms_before;
    if (!joined_forms_before.empty()) key += ' ';
    const size_t stem_at = key.size();
    const Index& idx = index(language);
    // Longest root first. A root keeps three letters (айт-): shorter ones
    // (Turkish de-) begin too many other words, unless words before it in
    // the phrase narrow it down (атап өт-).
    const size_t min_letters = joined_forms_before.empty() ? 3 : 2;
    for (size_t end = last_norm.size(); end > 0;) {
        std::string_view root = last_norm.substr(0, end);
        if (letters_in(root) < min_letters) break;
        key.resize(stem_at);
        key += root;
        key += kRootMark;
        auto found = idx.find(key);
        if (found != idx.end()) return found->second;
        do --end; while (end > 0 && (static_cast<unsigned char>(last_norm[end]) & 0xC0) == 0x80);
    }
    return kNone;
}

std::vector<TableSize> table_sizes() {
    std::vector<TableSize> sizes;
    for (size_t t = 0; t < kGeneratedTableCount; ++t)
        sizes.push_back({kGeneratedTables[t].name, kGeneratedTables[t].size, kGeneratedTables[t].entries});
    return sizes;
}

} // namespace synoptic::lexicon
