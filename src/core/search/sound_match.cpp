#include "core/search/sound_match.h"

#include "core/text/transliterate.h"

namespace synoptic {
namespace {

size_t consonant_count(std::string_view shape) {
    size_t n = 0;
    for (char c : shape) n += !is_vowel_symbol(c);
    return n;
}

// A query of two consonants (Iran, Oman) is strict: it finds only words
// that write every one of its vowels and carry at most one more.
bool strict_query(std::string_view query) { return consonant_count(query) < 3; }

// What a text word may carry past the query: a short ending that begins
// with a vowel (Iranı, إيرانية). A word that goes on with consonants is
// another word (Badr, بضربة); after a strict query, one vowel at most
// (Katar is not قاعدة with an ending).
bool inflection(std::string_view rest, bool strict) {
    return rest.empty() || (rest.size() <= (strict ? 1 : kInflectionSymbols) && is_vowel_symbol(rest[0]));
}

// Both vowelled: the word's first |query| symbols against the query's, the
// rest an inflection. One vowel may be heard differently where
// `vowel_may_differ`: the first (Erakçı, Araghchi: names from Persian and
// Arabic vary there) from five symbols on, or any in a shape of four
// consonants; elsewhere the vowels are what tell words apart (Iran and the
// Turkish oran; Dakika and такого).
bool vowelled_alike(std::string_view q, std::string_view w, bool vowel_may_differ) {
    if (w.size() < q.size() || !inflection(w.substr(q.size()), strict_query(q))) return false;
    size_t differences = 0, at = 0;
    for (size_t i = 0; i < q.size(); ++i) {
        if (q[i] == w[i]) continue;
        if (!is_vowel_symbol(q[i]) || !is_vowel_symbol(w[i])) return false;
        ++differences;
        at = i;
    }
    if (differences == 0) return true;
    return differences == 1 && vowel_may_differ && ((at == 0 && q.size() >= 5) || consonant_count(q) >= 4);
}

// One side Arabic (`bare`): its consonants are the other's, in order; a
// vowel it writes stands for a vowel of the same class in the other (a
// first 'a' may be any: an alef or ʿayn alone only carries it, while ايـ
// is an i: ايمان is no Oman); the other's other vowels were not written. A
// strict query must have every vowel written (Iran ايران, Oman عمان; not
// من, إكس). An Arabic word that writes no vowel at all must have four
// consonants (مسقط): three are any common root (برس, جرت, طرق); and, as
// Arabic begins no word with two consonants, the other must have a vowel
// after its first (Muscat, not Msgid). The side that is the text word may
// carry an inflection.
bool vowels_optional_alike(std::string_view bare, std::string_view full, bool bare_is_query) {
    const bool strict = strict_query(bare_is_query ? bare : full);
    size_t i = 0, j = 0, written_vowels = 0;
    if (!bare.empty() && !full.empty() && is_vowel_symbol(bare[0]) != is_vowel_symbol(full[0])) {
        // Arabic must write a vowel the other begins with; it may add one
        // before two consonants (an alef before a cluster: استوكهولم).
        const bool cluster = full.size() >= 2 && !is_vowel_symbol(full[1]);
        if (!is_vowel_symbol(bare[0]) || strict || !cluster) return false;
        i = 1;
    }
    while (i < bare.size() && j < full.size()) {
        const bool bare_vowel = is_vowel_symbol(bare[i]), full_vowel = is_vowel_symbol(full[j]);
        if (bare_vowel == full_vowel) {
            if (bare[i] != full[j] && (!bare_vowel || i > 0 || bare[i] != 'a')) return false;
            written_vowels += bare_vowel;
            ++i, ++j;
            continue;
        }
        if (!full_vowel || strict) return false; // Arabic writes a vowel the other lacks; or a guess too far
        ++j;                                     // a short vowel Arabic leaves unwritten
    }
    if (written_vowels == 0 &&
        (consonant_count(bare) < 4 || full.size() < 2 || is_vowel_symbol(full[0]) || !is_vowel_symbol(full[1])))
        return false;
    if (bare_is_query) return i == bare.size() && inflection(full.substr(j), strict);
    return j == full.size() && inflection(bare.substr(i), strict);
}

} // namespace

std::string consonants_of(std::string_view shape) {
    std::string out;
    for (char c : shape)
        if (!is_vowel_symbol(c)) out += c;
    return out;
}

bool soundable(Shape query) {
    return consonant_count(query.symbols) >= 2 && query.symbols.size() >= 4;
}

bool sounds_alike(Shape query, Shape word, bool name_like) {
    const std::string_view q = query.symbols, w = word.symbols;
    if (q.empty() || w.empty() || (!query.vowelled && !word.vowelled)) return false;
    // Lower-case words are mostly not names: only a long query, exactly.
    if (!name_like && (consonant_count(q) < 4 || q.size() < 6 || !query.vowelled || !word.vowelled)) return false;
    if (query.vowelled && word.vowelled) return vowelled_alike(q, w, name_like);
    return query.vowelled ? vowels_optional_alike(w, q, false) : vowels_optional_alike(q, w, true);
}

} // namespace synoptic
