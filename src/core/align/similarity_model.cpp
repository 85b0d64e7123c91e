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
        m.bias = -3.0444;
        m.weights[static_cast<size_t>(SimilarityInput::NumberShared)] = 6.3863;
        m.weights[static_cast<size_t>(SimilarityInput::NumberConflict)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::DateShared)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::NameShared)] = 8.3714;
        m.weights[static_cast<size_t>(SimilarityInput::NameInWords)] = 1.0693;
        m.weights[static_cast<size_t>(SimilarityInput::ConceptShared)] = 6.0984;
        m.weights[static_cast<size_t>(SimilarityInput::LinkShared)] = 0.9052;
        m.weights[static_cast<size_t>(SimilarityInput::StemDice)] = 14.3575;
        m.weights[static_cast<size_t>(SimilarityInput::CognateDice)] = 6.6844;
        m.weights[static_cast<size_t>(SimilarityInput::WordKeyDice)] = 7.6731;
        m.weights[static_cast<size_t>(SimilarityInput::SkeletonDice)] = 1.8472;
        m.weights[static_cast<size_t>(SimilarityInput::GlossDice)] = 7.2942;
        m.weights[static_cast<size_t>(SimilarityInput::LengthLogRatio)] = -1.2613;
        m.weights[static_cast<size_t>(SimilarityInput::AnchorCount)] = -4.0323;
        m.weights[static_cast<size_t>(SimilarityInput::SameLanguage)] = 0.0000;
        return m;
    }();
    return model;
}

} // namespace synoptic
