// The similarity model's weights, fitted by bench/evidence/fit_similarity
// (logistic regression on Debian message catalogs kk/ru/tr/ar keyed by msgid
// and the news item translated for the benchmarks, bench/evidence/parallel/katar-*,
// ten wrong pairs to one right; StemDice tied to CognateDice + WordKeyDice: no same-language data).
// Regenerate: build/<dir>/bench/evidence/fit_similarity REPO_ROOT > this file
#include "core/align/similarity.h"

namespace synoptic {

const SimilarityModel& default_similarity_model() {
    static const SimilarityModel model = [] {
        SimilarityModel m;
        m.bias = -2.9282;
        m.weights[static_cast<size_t>(SimilarityInput::NumberShared)] = 5.8094;
        m.weights[static_cast<size_t>(SimilarityInput::NumberConflict)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::DateShared)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::NameShared)] = 6.8848;
        m.weights[static_cast<size_t>(SimilarityInput::NameInWords)] = 0.8218;
        m.weights[static_cast<size_t>(SimilarityInput::ConceptShared)] = 5.4955;
        m.weights[static_cast<size_t>(SimilarityInput::LinkShared)] = 0.8719;
        m.weights[static_cast<size_t>(SimilarityInput::StemDice)] = 13.5553;
        m.weights[static_cast<size_t>(SimilarityInput::CognateDice)] = 6.2495;
        m.weights[static_cast<size_t>(SimilarityInput::WordKeyDice)] = 7.3058;
        m.weights[static_cast<size_t>(SimilarityInput::SkeletonDice)] = 1.8699;
        m.weights[static_cast<size_t>(SimilarityInput::GlossDice)] = 6.9994;
        m.weights[static_cast<size_t>(SimilarityInput::LengthLogRatio)] = -9.6400;
        m.weights[static_cast<size_t>(SimilarityInput::AnchorCount)] = -3.7724;
        m.weights[static_cast<size_t>(SimilarityInput::SameLanguage)] = 0.0000;
        return m;
    }();
    return model;
}

} // namespace synoptic
