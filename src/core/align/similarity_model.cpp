// The similarity model's weights, fitted by bench/evidence/fit_similarity
// (logistic regression on Debian message catalogs kk/ru/tr/ar keyed by msgid and the Kazinform kk-ru gold,
// ten wrong pairs to one right; StemDice tied to CognateDice: no same-language data).
// Regenerate: build/<dir>/bench/evidence/fit_similarity REPO_ROOT > this file
#include "core/align/similarity.h"

namespace synoptic {

const SimilarityModel& default_similarity_model() {
    static const SimilarityModel model = [] {
        SimilarityModel m;
        m.bias = -2.9086;
        m.weights[static_cast<size_t>(SimilarityInput::NumberShared)] = 5.6771;
        m.weights[static_cast<size_t>(SimilarityInput::NumberConflict)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::DateShared)] = 0.1595;
        m.weights[static_cast<size_t>(SimilarityInput::NameShared)] = 4.7672;
        m.weights[static_cast<size_t>(SimilarityInput::NameInWords)] = 0.3733;
        m.weights[static_cast<size_t>(SimilarityInput::ConceptShared)] = 3.7799;
        m.weights[static_cast<size_t>(SimilarityInput::LinkShared)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::StemDice)] = 8.2046;
        m.weights[static_cast<size_t>(SimilarityInput::CognateDice)] = 8.2046;
        m.weights[static_cast<size_t>(SimilarityInput::WordKeyDice)] = 7.9462;
        m.weights[static_cast<size_t>(SimilarityInput::SkeletonDice)] = 2.1018;
        m.weights[static_cast<size_t>(SimilarityInput::LengthLogRatio)] = 0.0000;
        m.weights[static_cast<size_t>(SimilarityInput::AnchorCount)] = -1.1519;
        m.weights[static_cast<size_t>(SimilarityInput::SameLanguage)] = 0.0000;
        return m;
    }();
    return model;
}

} // namespace synoptic
