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
        m.bias = -3.0601;
        m.weights[static_cast<size_t>(SimilarityInput::NumberShared)] = 6.3770;
        m.weights[static_cast<size_t>(SimilarityInput::NumberConflict)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::DateShared)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::NameShared)] = 8.3599;
        m.weights[static_cast<size_t>(SimilarityInput::NameInWords)] = 1.0077;
        m.weights[static_cast<size_t>(SimilarityInput::ConceptShared)] = 6.0198;
        m.weights[static_cast<size_t>(SimilarityInput::LinkShared)] = 0.9028;
        m.weights[static_cast<size_t>(SimilarityInput::StemDice)] = 14.3932;
        m.weights[static_cast<size_t>(SimilarityInput::CognateDice)] = 6.7004;
        m.weights[static_cast<size_t>(SimilarityInput::WordKeyDice)] = 7.6928;
        m.weights[static_cast<size_t>(SimilarityInput::SkeletonDice)] = 1.8552;
        m.weights[static_cast<size_t>(SimilarityInput::GlossDice)] = 7.4503;
        m.weights[static_cast<size_t>(SimilarityInput::LengthLogRatio)] = -1.2467;
        m.weights[static_cast<size_t>(SimilarityInput::AnchorCount)] = -4.0035;
        m.weights[static_cast<size_t>(SimilarityInput::SameLanguage)] = 0.0000;
        return m;
    }();
    return model;
}

} // namespace synoptic
