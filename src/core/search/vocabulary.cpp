#include "core/search/vocabulary.h"

#include <algorithm>

#include "core/search/sound_match.h"

namespace synoptic {
namespace {

// The ids of `sorted` (sorted by key(id)) whose key begins with `prefix`
// (or equals it, when not `prefix_range`), appended to `out`.
template <class Key>
void append_range(const std::vector<uint32_t>& sorted, Key key, std::string_view wanted, bool prefix_range,
                  std::vector<uint32_t>& out) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), wanted,
                               [&](uint32_t id, std::string_view w) { return key(id) < w; });
    for (; it != sorted.end(); ++it) {
        const std::string_view k = key(*it);
        if (prefix_range ? k.substr(0, wanted.size()) != wanted : k != wanted) break;
        out.push_back(*it);
    }
}

void sort_unique(std::vector<uint32_t>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

uint32_t Vocabulary::add(std::string_view word, bool digits, bool handle, const std::string& language) {
    std::string key = language;
    key += handle ? '@' : '\x1f';
    key += word;
    auto [it, inserted] = ids_.emplace(std::move(key), static_cast<uint32_t>(words_.size()));
    if (inserted) {
        Word w;
        if (digits) w.keys.fold = std::string(word);
        else w.keys = word_keys(word, language, handle);
        w.number = number_sense(word, digits, language);
        words_.push_back(std::move(w));
    }
    return it->second;
}

void Vocabulary::finish() {
    ids_ = {}; // the page keeps up to eight articles' vocabularies: the table of add is dead weight
    for (uint32_t id = 0; id < words_.size(); ++id) {
        const Word& w = words_[id];
        switch (w.number.kind) {
        case NumberSense::Kind::Digits: by_digits_.push_back(id); continue; // digits answer digits only
        case NumberSense::Kind::None: break;
        default: spelled_.push_back(id); break;
        }
        by_fold_.push_back(id);
        if (!w.keys.bare_fold.empty()) by_bare_fold_.push_back(id);
        if (w.keys.sound != WordKeys::Sound::Never)
            any_shape(w.keys, [&](std::string_view shape) {
                by_consonants_.push_back({consonants_of(shape), id});
                return false;
            });
    }
    auto by = [this](auto key) { return [this, key](uint32_t a, uint32_t b) { return key(words_[a]) < key(words_[b]); }; };
    std::sort(by_fold_.begin(), by_fold_.end(), by([](const Word& w) -> const std::string& { return w.keys.fold; }));
    std::sort(by_bare_fold_.begin(), by_bare_fold_.end(),
              by([](const Word& w) -> const std::string& { return w.keys.bare_fold; }));
    std::sort(by_digits_.begin(), by_digits_.end(), by([](const Word& w) -> const std::string& { return w.number.value; }));
    std::sort(by_consonants_.begin(), by_consonants_.end());
    by_consonants_.erase(std::unique(by_consonants_.begin(), by_consonants_.end()), by_consonants_.end());
}

std::vector<uint32_t> Vocabulary::answering(const QueryTerm& term, WordMatchRules rules) const {
    std::vector<uint32_t> found;
    if (!term.digits.empty()) {
        append_range(by_digits_, [this](uint32_t id) -> std::string_view { return words_[id].number.value; },
                     term.digits, false, found);
        return found;
    }
    // Candidates: the words beginning with the letters typed, and the words
    // whose consonants begin with the query's; match_word then decides.
    std::vector<uint32_t> candidates;
    append_range(by_fold_, [this](uint32_t id) -> std::string_view { return words_[id].keys.fold; }, term.keys.fold,
                 rules.prefix, candidates);
    append_range(by_bare_fold_, [this](uint32_t id) -> std::string_view { return words_[id].keys.bare_fold; },
                 term.keys.fold, rules.prefix, candidates);
    if (rules.across_scripts && term.keys.sound != WordKeys::Sound::Never)
        any_shape(term.keys, [&](std::string_view shape) {
            if (!soundable({shape, term.keys.vowelled})) return false;
            const std::string consonants = consonants_of(shape);
            auto it = std::lower_bound(by_consonants_.begin(), by_consonants_.end(),
                                       std::pair<std::string, uint32_t>{consonants, 0});
            for (; it != by_consonants_.end() && it->first.compare(0, consonants.size(), consonants) == 0; ++it)
                candidates.push_back(it->second);
            return false;
        });
    sort_unique(candidates);
    for (uint32_t id : candidates)
        if (match_word(term.keys, words_[id].keys, rules) != WordMatch::None) found.push_back(id);
    return found;
}

std::vector<uint32_t> Vocabulary::numbers(const std::string& value) const {
    std::vector<uint32_t> found;
    append_range(by_digits_, [this](uint32_t id) -> std::string_view { return words_[id].number.value; }, value, false,
                 found);
    for (uint32_t id : spelled_)
        if (words_[id].number.kind != NumberSense::Kind::Ordinal || words_[id].number.value == value) found.push_back(id);
    sort_unique(found);
    return found;
}

} // namespace synoptic
