#include "core/lexicon/lexicon.h"

#include <algorithm>
#include <unordered_map>

#include "core/lexicon/generated_tables.h"
#include "core/lexicon/index_keys.h"
#include "core/text/utf8.h"

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

// "kind\tvalue\tkey|key": keys as generate_lexicon filed them (index_keys.h),
// a leading '^' for a capitalized form.
void index_line(Index& index, std::string_view language, std::string_view line) {
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 != 1 || t2 == std::string_view::npos) return;
    const char kind = line[0];
    const std::string_view value = line.substr(t1 + 1, t2 - t1 - 1);
    std::string key(language);
    key += '\x1f';
    const size_t key_at = key.size();
    std::string_view keys = line.substr(t2 + 1);
    for (size_t f = 0; f < keys.size();) {
        size_t bar = keys.find('|', f);
        if (bar == std::string_view::npos) bar = keys.size();
        std::string_view k = keys.substr(f, bar - f);
        f = bar + 1;
        const bool capitalized = !k.empty() && k.front() == '^';
        if (capitalized) k.remove_prefix(1);
        if (k.empty()) continue;
        const bool root = k.size() > 1 && k.back() == kRootMark;
        uint8_t words = 1;
        for (char c : k) words += c == ' ';
        key.resize(key_at);
        key += k;
        add_entry(index, key, kind, value, words, capitalized, root);
    }
}

// One index a language, built on its first lookup from the tables the
// generator keyed already (nothing is stemmed at run time): a comparison
// needs only its articles' languages, and English for English words quoted
// inside them.
const Index& index(std::string_view language) {
    static std::unordered_map<std::string, Index> by_language;
    auto found = by_language.find(std::string(language));
    if (found != by_language.end()) return found->second;
    Index& index = by_language[std::string(language)];
    for (size_t t = 0; t < kGeneratedTableCount; ++t) {
        if (language != kGeneratedTables[t].language) continue;
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
        if (count_code_points(root) < min_letters) break;
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
    for (size_t t = 0; t < kGeneratedTableCount; ++t) {
        const GeneratedTable& table = kGeneratedTables[t];
        auto same = [&table](const TableSize& s) { return s.name == table.name; };
        auto found = std::find_if(sizes.begin(), sizes.end(), same);
        if (found == sizes.end()) found = sizes.insert(sizes.end(), {table.name, 0, 0});
        found->bytes += table.size;
        found->entries += table.entries;
    }
    return sizes;
}

} // namespace synoptic::lexicon
