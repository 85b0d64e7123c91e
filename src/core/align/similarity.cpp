#include "core/align/similarity.h"

#include <algorithm>
#include <cmath>

namespace synoptic {
namespace {

size_t shared_count(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    size_t n = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) ++i;
        else if (*j < *i) ++j;
        else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

// Weighted overlap of two keyed sets: the sums of weights of each side, of
// the products and of the minima of the shared keys.
struct Overlap {
    double sum_a = 0, sum_b = 0, sq_a = 0, sq_b = 0, dot = 0, min_sum = 0;
    size_t shared = 0;
    double cosine() const { return (sq_a > 0 && sq_b > 0) ? dot / std::sqrt(sq_a * sq_b) : 0.0; }
    double dice() const { return (sum_a + sum_b) > 0 ? 2.0 * min_sum / (sum_a + sum_b) : 0.0; }
};

Overlap overlap(const SentenceFeatures& a, const SentenceFeatures& b, Signal s) {
    Overlap o;
    const auto& ha = a.keys(s);
    const auto& hb = b.keys(s);
    const auto& wa = a.key_weights(s);
    const auto& wb = b.key_weights(s);
    auto weight = [](const std::vector<float>& w, size_t i) { return i < w.size() ? double(w[i]) : 1.0; };
    for (size_t i = 0; i < ha.size(); ++i) o.sum_a += weight(wa, i), o.sq_a += weight(wa, i) * weight(wa, i);
    for (size_t j = 0; j < hb.size(); ++j) o.sum_b += weight(wb, j), o.sq_b += weight(wb, j) * weight(wb, j);
    size_t i = 0, j = 0;
    while (i < ha.size() && j < hb.size()) {
        if (ha[i] < hb[j]) ++i;
        else if (hb[j] < ha[i]) ++j;
        else {
            double x = weight(wa, i), y = weight(wb, j);
            o.dot += x * y;
            o.min_sum += std::min(x, y);
            ++o.shared;
            ++i;
            ++j;
        }
    }
    return o;
}

// How long a language writes the same message, relative to English, in
// characters: the totals of 1,574 messages that Debian's gettext catalogs
// translate into all four languages (msgids of 20+ characters). Arabic
// writes a third shorter; a length ratio that ignored it would call every
// Arabic translation too short.
double relative_text_length(std::string_view language) {
    if (language == "ar") return 0.72;
    if (language == "kk") return 0.87;
    if (language == "ru") return 0.91;
    if (language == "tr") return 0.86;
    return 1.0;
}

} // namespace

const char* similarity_input_name(SimilarityInput input) {
    switch (input) {
    case SimilarityInput::NumberShared: return "number_shared";
    case SimilarityInput::NumberConflict: return "number_conflict";
    case SimilarityInput::DateShared: return "date_shared";
    case SimilarityInput::NameShared: return "name_shared";
    case SimilarityInput::NameInWords: return "name_in_words";
    case SimilarityInput::ConceptShared: return "concept_shared";
    case SimilarityInput::LinkShared: return "link_shared";
    case SimilarityInput::StemDice: return "stem_dice";
    case SimilarityInput::CognateDice: return "cognate_dice";
    case SimilarityInput::WordKeyDice: return "wordkey_dice";
    case SimilarityInput::SkeletonDice: return "skeleton_dice";
    case SimilarityInput::GlossDice: return "gloss_dice";
    case SimilarityInput::LengthLogRatio: return "length_log_ratio";
    case SimilarityInput::AnchorCount: return "anchor_count";
    case SimilarityInput::SameLanguage: return "same_language";
    case SimilarityInput::Count: break;
    }
    return "?";
}

SimilarityInputs similarity_inputs(const SentenceFeatures& a, const SentenceFeatures& b) {
    SimilarityInputs x{};
    auto set = [&x](SimilarityInput i, double v) { x[static_cast<size_t>(i)] = v; };
    size_t total = 0;
    Overlap o = overlap(a, b, Signal::Number);
    total += o.shared;
    set(SimilarityInput::NumberShared, o.cosine());
    set(SimilarityInput::NumberConflict, (o.sq_a > 0 && o.sq_b > 0 && !o.shared) ? 1.0 : 0.0);
    o = overlap(a, b, Signal::Date);
    total += o.shared;
    set(SimilarityInput::DateShared, o.cosine());
    o = overlap(a, b, Signal::Name);
    total += o.shared;
    set(SimilarityInput::NameShared, o.cosine());
    {
        const auto& names_a = a.keys(Signal::Name);
        const auto& names_b = b.keys(Signal::Name);
        double in_b = names_a.empty() ? 0.0 : double(shared_count(names_a, b.keys(Signal::WordKey))) / names_a.size();
        double in_a = names_b.empty() ? 0.0 : double(shared_count(names_b, a.keys(Signal::WordKey))) / names_b.size();
        set(SimilarityInput::NameInWords, std::max(in_a, in_b));
    }
    o = overlap(a, b, Signal::Concept);
    total += o.shared;
    set(SimilarityInput::ConceptShared, o.cosine());
    o = overlap(a, b, Signal::Link);
    total += o.shared;
    set(SimilarityInput::LinkShared, o.shared ? 1.0 : 0.0);
    // Within one language the stems say what the Latin keys would say again
    // (the same words give the same cognate prefixes, word keys and
    // skeletons): counting those too would score every pair of one story's
    // sentences as translations.
    bool same_language = !a.language.empty() && a.language == b.language;
    if (same_language) {
        set(SimilarityInput::StemDice, overlap(a, b, Signal::Stem).dice());
    } else {
        set(SimilarityInput::CognateDice, overlap(a, b, Signal::Cognate).dice());
        set(SimilarityInput::WordKeyDice, overlap(a, b, Signal::WordKey).dice());
        set(SimilarityInput::SkeletonDice, overlap(a, b, Signal::Skeleton).dice());
        set(SimilarityInput::GlossDice, overlap(a, b, Signal::Gloss).dice());
    }
    const double length_a = a.length_chars / relative_text_length(a.language);
    const double length_b = b.length_chars / relative_text_length(b.language);
    // A sentence may be half of a merged counterpart (2-1 beads are common in
    // translated news): only a length ratio beyond 2 counts against a pair.
    const double log_ratio = std::fabs(std::log((length_a + 5.0) / (length_b + 5.0)));
    set(SimilarityInput::LengthLogRatio, std::max(0.0, log_ratio - std::log(2.0)));
    set(SimilarityInput::AnchorCount, std::log1p(static_cast<double>(total)));
    set(SimilarityInput::SameLanguage, same_language ? 1.0 : 0.0);
    return x;
}

double similarity_score(const SimilarityInputs& x, const SimilarityModel& model) {
    double z = model.bias;
    for (size_t i = 0; i < kSimilarityInputCount; ++i) z += model.weights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

double similarity_score(const SentenceFeatures& a, const SentenceFeatures& b) {
    if (a.furniture != b.furniture) return 0; // a tag or credit line says no claim of prose
    // Features assembled by hand: index a copy rather than score them as empty.
    if (lacks_index(a) || lacks_index(b)) {
        SentenceFeatures ia = a, ib = b;
        if (lacks_index(ia)) index_features(ia);
        if (lacks_index(ib)) index_features(ib);
        return similarity_score(similarity_inputs(ia, ib), default_similarity_model());
    }
    return similarity_score(similarity_inputs(a, b), default_similarity_model());
}

Similarity explain_similarity(const SentenceFeatures& a, const SentenceFeatures& b) {
    Similarity result;
    result.score = similarity_score(a, b);
    auto add = [&result](AnchorKind kind, const std::string& key) {
        for (const SharedEvidence& e : result.evidence)
            if (e.kind == kind && e.key == key) return;
        result.evidence.push_back({kind, key});
    };
    const auto& words_b = b.keys(Signal::WordKey);
    const auto& words_a = a.keys(Signal::WordKey);
    for (const Anchor& x : a.anchors) {
        bool found = false;
        for (const Anchor& y : b.anchors)
            if (x.kind == y.kind && x.key == y.key) {
                add(x.kind, x.key);
                found = true;
                break;
            }
        if (!found && x.kind == AnchorKind::Name && std::binary_search(words_b.begin(), words_b.end(), hash_key(x.key)))
            add(AnchorKind::Name, x.key);
    }
    for (const Anchor& y : b.anchors)
        if (y.kind == AnchorKind::Name && std::binary_search(words_a.begin(), words_a.end(), hash_key(y.key)))
            add(AnchorKind::Name, y.key);
    if (a.language == b.language) {
        for (const std::string& stem : a.stems)
            if (std::find(b.stems.begin(), b.stems.end(), stem) != b.stems.end()) add(AnchorKind::Stem, stem);
    }
    if (a.language != b.language) { // within one language the stems above already say it
        for (const std::string& key : a.latin_keys)
            if (key[0] == '~' && std::find(b.latin_keys.begin(), b.latin_keys.end(), key) != b.latin_keys.end())
                add(AnchorKind::Cognate, key.substr(1));
        for (const std::string& gloss : a.glosses)
            if (std::find(b.glosses.begin(), b.glosses.end(), gloss) != b.glosses.end()) add(AnchorKind::Gloss, gloss);
    }
    return result;
}

} // namespace synoptic
