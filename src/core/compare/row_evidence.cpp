#include "core/compare/row_evidence.h"

namespace synoptic {
namespace {

// The sentences of one cell read as one (a 2-1 bead's two sentences).
SentenceFeatures cell_features(const std::vector<uint32_t>& sentences, const std::vector<SentenceFeatures>& features) {
    SentenceFeatures cell;
    for (uint32_t s : sentences)
        if (s < features.size()) append_features(cell, features[s]);
    return cell;
}

} // namespace

std::vector<SharedEvidence> row_evidence(const AlignedRow& row,
                                         const std::vector<const std::vector<SentenceFeatures>*>& features_by_column) {
    std::vector<SharedEvidence> evidence;
    const size_t columns = std::min(row.sentences.size(), features_by_column.size());
    size_t first = 0;
    while (first < columns && row.sentences[first].empty()) ++first;
    if (first == columns) return evidence;
    const SentenceFeatures anchor = cell_features(row.sentences[first], *features_by_column[first]);
    for (size_t k = first + 1; k < columns; ++k) {
        if (row.sentences[k].empty()) continue;
        for (SharedEvidence& e : explain_similarity(anchor, cell_features(row.sentences[k], *features_by_column[k])).evidence) {
            bool seen = false;
            for (const SharedEvidence& have : evidence) seen = seen || (have.kind == e.kind && have.key == e.key);
            if (!seen) evidence.push_back(std::move(e));
        }
    }
    return evidence;
}

} // namespace synoptic
