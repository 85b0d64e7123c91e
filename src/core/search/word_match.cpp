#include "core/search/word_match.h"

#include "core/search/sound_match.h"

namespace synoptic {
namespace {

bool literal(std::string_view query, std::string_view word, bool prefix) {
    if (word.empty()) return false;
    return prefix ? word.substr(0, query.size()) == query : word == query;
}

} // namespace

WordMatch match_word(const WordKeys& query, const WordKeys& word, WordMatchRules rules) {
    if (query.fold.empty()) return WordMatch::None;
    if (literal(query.fold, word.fold, rules.prefix) || literal(query.fold, word.bare_fold, rules.prefix))
        return WordMatch::Literal;
    if (!rules.across_scripts || query.sound == WordKeys::Sound::Never || word.sound == WordKeys::Sound::Never)
        return WordMatch::None;
    const bool name_like = word.sound == WordKeys::Sound::Name;
    const bool alike = any_shape(query, [&](std::string_view q) {
        const Shape query_shape{q, query.vowelled};
        return soundable(query_shape) &&
               any_shape(word, [&](std::string_view w) { return sounds_alike(query_shape, {w, word.vowelled}, name_like); });
    });
    return alike ? WordMatch::Sound : WordMatch::None;
}

} // namespace synoptic
