// The similarity model's weights. Provisional hand-set values until
// bench/evidence/fit_similarity replaces them with fitted ones.
#include "core/align/similarity.h"

namespace synoptic {

const SimilarityModel& default_similarity_model() {
    static const SimilarityModel model = [] {
        SimilarityModel m;
        m.bias = -4.0;
        auto w = [&m](SimilarityInput i, double v) { m.weights[static_cast<size_t>(i)] = v; };
        w(SimilarityInput::NumberShared, 2.5);
        w(SimilarityInput::NumberConflict, -1.0);
        w(SimilarityInput::DateShared, 2.0);
        w(SimilarityInput::NameShared, 3.0);
        w(SimilarityInput::NameInWords, 2.0);
        w(SimilarityInput::ConceptShared, 2.0);
        w(SimilarityInput::LinkShared, 2.0);
        w(SimilarityInput::StemDice, 6.0);
        w(SimilarityInput::CognateDice, 4.0);
        w(SimilarityInput::WordKeyDice, 3.0);
        w(SimilarityInput::LengthLogRatio, -2.0);
        w(SimilarityInput::AnchorCount, 1.0);
        return m;
    }();
    return model;
}

} // namespace synoptic
