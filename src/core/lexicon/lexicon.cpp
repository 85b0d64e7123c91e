#include "core/lexicon/lexicon.h"

#include <unordered_map>

#include "core/features/word_form.h"
#include "core/lexicon/generated_tables.h"
#include "core/text/tokenize.h"

namespace synoptic::lexicon {
namespace {

using Index = std::unordered_map<std::string, std::vector<Entry>>;

void add_entry(Index& index, const std::string& key, char kind, std::string_view value, uint8_t words,
               bool capitalized) {
    std::vector<Entry>& entries = index[key];
    for (Entry& e : entries)
        if (e.kind == static_cast<EntryKind>(kind) && e.value == value) {
            e.capitalized = e.capitalized && capitalized; // one lower-case form makes it a common word
            return;
        }
    entries.push_back({static_cast<EntryKind>(kind), std::string(value), words, capitalized});
}

// Snowball's Russian stem of a nominative can differ from that of the
// inflected forms (Оман → ома, Омане → оман): index the entry's last word
// under the stems of its common case forms too.
const std::string_view kRussianEndings[] = {"а", "у", "е", "ом", "ой", "ы", "и", "ах", "ам"};

void index_form(Index& index, std::string_view language, char kind, std::string_view value, std::string_view form) {
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
    add_entry(index, key, kind, value, words, capitalized);
    if (language == "ru" && (kind == 'C' || kind == 'A'))
        for (std::string_view ending : kRussianEndings)
            add_entry(index, prefix + word_form(last_norm + std::string(ending), language), kind, value, words,
                      capitalized);
}

// "kind\tvalue\tlang=form|form\tlang=form"
void index_line(Index& index, std::string_view line) {
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
            for (size_t f = 0; f <= forms.size();) {
                size_t bar = forms.find('|', f);
                if (bar == std::string_view::npos) bar = forms.size();
                if (bar > f) index_form(index, language, kind, value, forms.substr(f, bar - f));
                f = bar + 1;
            }
        }
        begin = end + 1;
    }
}

const Index& index() {
    static const Index built = [] {
        Index index;
        for (size_t t = 0; t < kGeneratedTableCount; ++t) {
            std::string_view data(kGeneratedTables[t].data, kGeneratedTables[t].size);
            for (size_t begin = 0; begin < data.size();) {
                size_t end = data.find('\n', begin);
                if (end == std::string_view::npos) end = data.size();
                index_line(index, data.substr(begin, end - begin));
                begin = end + 1;
            }
        }
        return index;
    }();
    return built;
}

} // namespace

const std::vector<Entry>& lookup(std::string_view language, std::string_view joined_forms) {
    static const std::vector<Entry> kNone;
    std::string key(language);
    key += '\x1f';
    key += joined_forms;
    const Index& idx = index();
    auto found = idx.find(key);
    return found == idx.end() ? kNone : found->second;
}

std::vector<TableSize> table_sizes() {
    std::vector<TableSize> sizes;
    for (size_t t = 0; t < kGeneratedTableCount; ++t)
        sizes.push_back({kGeneratedTables[t].name, kGeneratedTables[t].size, kGeneratedTables[t].entries});
    return sizes;
}

} // namespace synoptic::lexicon
