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
        m.bias = -3.0816;
        m.weights[static_cast<size_t>(SimilarityInput::NumberShared)] = 6.4513;
        m.weights[static_cast<size_t>(SimilarityInput::NumberConflict)] = -0.0004;
        m.weights[static_cast<size_t>(SimilarityInput::DateShared)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::NameShared)] = 8.3735;
        m.weights[static_cast<size_t>(SimilarityInput::NameInWords)] = 1.0156;
        m.weights[static_cast<size_t>(SimilarityInput::ConceptShared)] = 6.0449;
        m.weights[static_cast<size_t>(SimilarityInput::LinkShared)] = 0.9060;
        m.weights[static_cast<size_t>(SimilarityInput::StemDice)] = 14.4608;
        m.weights[static_cast<size_t>(SimilarityInput::CognateDice)] = 6.7216;
        m.weights[static_cast<size_t>(SimilarityInput::WordKeyDice)] = 7.7392;
        m.weights[static_cast<size_t>(SimilarityInput::SkeletonDice)] = 1.8481;
        m.weights[static_cast<size_t>(SimilarityInput::GlossDice)] = 7.4187;
        m.weights[static_cast<size_t>(SimilarityInput::LengthLogRatio)] = -1.2147;
        m.weights[static_cast<size_t>(SimilarityInput::AnchorCount)] = -4.0263;
        m.weights[static_cast<size_t>(SimilarityInput::SameLanguage)] = 0.0000;
        return m;
    }();
    return model;
}

} // namespace synoptic
