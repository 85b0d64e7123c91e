// The similarity model's weights, fitted by bench/evidence/fit_similarity
// (logistic regression on Debian message catalogs kk/ru/tr/ar keyed by msgid and the Kazinform kk-ru gold,
// ten wrong pairs to one right; StemDice tied to CognateDice: no same-language data).
// Regenerate: build/<dir>/bench/evidence/fit_similarity REPO_ROOT > this file
#include "core/align/similarity.h"

namespace synoptic {

const SimilarityModel& default_similarity_model() {
    static const SimilarityModel model = [] {
        SimilarityModel m;
        m.bias = -1.5022;
        m.weights[static_cast<size_t>(SimilarityInput::NumberShared)] = 4.8799;
        m.weights[static_cast<size_t>(SimilarityInput::NumberConflict)] = 0.2208;
        m.weights[static_cast<size_t>(SimilarityInput::DateShared)] = 0.8770;
        m.weights[static_cast<size_t>(SimilarityInput::NameShared)] = 4.4856;
        m.weights[static_cast<size_t>(SimilarityInput::NameInWords)] = 0.6165;
        m.weights[static_cast<size_t>(SimilarityInput::ConceptShared)] = 3.1410;
        m.weights[static_cast<size_t>(SimilarityInput::LinkShared)] = -0.0159;
        m.weights[static_cast<size_t>(SimilarityInput::StemDice)] = 7.4187;
        m.weights[static_cast<size_t>(SimilarityInput::CognateDice)] = 7.4187;
        m.weights[static_cast<size_t>(SimilarityInput::WordKeyDice)] = 5.9412;
        m.weights[static_cast<size_t>(SimilarityInput::SkeletonDice)] = 1.6847;
        m.weights[static_cast<size_t>(SimilarityInput::LengthLogRatio)] = -4.3276;
        m.weights[static_cast<size_t>(SimilarityInput::AnchorCount)] = -0.7389;
        m.weights[static_cast<size_t>(SimilarityInput::SameLanguage)] = 0.0000;
        return m;
    }();
    return model;
}

} // namespace synoptic
