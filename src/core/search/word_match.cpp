#include "core/search/word_match.h"

#include "core/search/sound_match.h"

namespace synoptic {
namespace {

bool literal(std::string_view query, std::string_view word, bool prefix) {
    if (word.empty()) return false;
    return prefix ? word.substr(0, query.size()) == query : word == query;
}

template <class F>
void for_each_shape(std::string_view shapes, F f) {
    for (size_t at = 0; at <= shapes.size();) {
        size_t bar = shapes.find('|', at);
        if (bar == std::string_view::npos) bar = shapes.size();
        if (f(shapes.substr(at, bar - at))) return;
        at = bar + 1;
    }
}

} // namespace

WordMatch match_word(const WordKeys& query, const WordKeys& word, WordMatchRules rules) {
    if (query.fold.empty()) return WordMatch::None;
    if (literal(query.fold, word.fold, rules.prefix) || literal(query.fold, word.bare_fold, rules.prefix))
        return WordMatch::Literal;
    if (!rules.across_scripts || query.sound == WordKeys::Sound::Never || word.sound == WordKeys::Sound::Never)
        return WordMatch::None;
    const bool name_like = word.sound == WordKeys::Sound::Name;
    bool alike = false;
    for_each_shape(query.shapes, [&](std::string_view q) {
        const Shape query_shape{q, query.vowelled};
        if (!soundable(query_shape)) return false;
        for_each_shape(word.shapes, [&](std::string_view w) {
            alike = sounds_alike(query_shape, {w, word.vowelled}, name_like);
            return alike;
        });
        return alike;
    });
    return alike ? WordMatch::Sound : WordMatch::None;
}

} // namespace synoptic
