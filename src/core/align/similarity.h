// Sentence-pair similarity across languages: a calibrated score in [0, 1] and
// the evidence behind it, so the reader can show why two sentences meet.
#pragma once
#include <string>
#include <vector>

#include "core/features/sentence_features.h"

namespace synoptic {

struct SharedEvidence {
    AnchorKind kind;
    std::string key;
};

struct Similarity {
    double score = 0; // calibrated: about the probability that the two say the same thing
    std::vector<SharedEvidence> evidence;
};

// Fast path for the aligners: the score only.
double similarity_score(const SentenceFeatures& a, const SentenceFeatures& b);
// The score with its evidence, for views and the CLI.
Similarity explain_similarity(const SentenceFeatures& a, const SentenceFeatures& b);

} // namespace synoptic
