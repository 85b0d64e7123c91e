// The similarity model's weights, fitted by bench/evidence/fit_similarity
// (logistic regression on Debian message catalogs kk/ru/tr/ar keyed by msgid and the Kazinform kk-ru gold,
// ten wrong pairs to one right; StemDice tied to CognateDice: no same-language data).
// Regenerate: build/<dir>/bench/evidence/fit_similarity REPO_ROOT > this file
#include "core/align/similarity.h"

namespace synoptic {

const SimilarityModel& default_similarity_model() {
    static const SimilarityModel model = [] {
        SimilarityModel m;
        m.bias = -2.9087;
        m.weights[static_cast<size_t>(SimilarityInput::NumberShared)] = 5.4822;
        m.weights[static_cast<size_t>(SimilarityInput::NumberConflict)] = 0.1788;
        m.weights[static_cast<size_t>(SimilarityInput::DateShared)] = 0.9414;
        m.weights[static_cast<size_t>(SimilarityInput::NameShared)] = 5.1371;
        m.weights[static_cast<size_t>(SimilarityInput::NameInWords)] = 0.5728;
        m.weights[static_cast<size_t>(SimilarityInput::ConceptShared)] = 3.7938;
        m.weights[static_cast<size_t>(SimilarityInput::LinkShared)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::StemDice)] = 8.2741;
        m.weights[static_cast<size_t>(SimilarityInput::CognateDice)] = 8.2741;
        m.weights[static_cast<size_t>(SimilarityInput::WordKeyDice)] = 6.3598;
        m.weights[static_cast<size_t>(SimilarityInput::SkeletonDice)] = 2.0042;
        m.weights[static_cast<size_t>(SimilarityInput::LengthLogRatio)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::AnchorCount)] = -1.1685;
        m.weights[static_cast<size_t>(SimilarityInput::SameLanguage)] = 0.0000;
        return m;
    }();
    return model;
}

} // namespace synoptic
