// Sentence-pair similarity across languages: a calibrated score in [0, 1] and
// the evidence behind it, so the reader can show why two sentences meet.
#pragma once
#include <array>
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

// Fast path for the aligners: the score only. Allocates nothing; cost is
// linear in the number of keys of the two sentences.
double similarity_score(const SentenceFeatures& a, const SentenceFeatures& b);
// The score with its evidence, for views and the CLI.
Similarity explain_similarity(const SentenceFeatures& a, const SentenceFeatures& b);

// ---- The model behind the score (for fitting and ablation in bench/) ----

enum class SimilarityInput : uint8_t {
    NumberShared,   // shared numbers / sqrt(numbers of a · numbers of b)
    NumberConflict, // both have numbers, none shared
    DateShared,
    NameShared,     // name keys shared
    NameInWords,    // names of one found among the word keys of the other (caseless scripts)
    ConceptShared,
    LinkShared,
    StemDice,       // same language only
    CognateDice,
    WordKeyDice,
    SkeletonDice,   // consonant skeletons of long words (loanwords with other endings)
    GlossDice,      // meanings of ordinary words from the news glossary
    LengthLogRatio, // |log((chars a + 5) / (chars b + 5))|, chars scaled by how long each language writes
    AnchorCount,    // log(1 + shared anchors of every kind)
    SameLanguage,
    Count
};
constexpr size_t kSimilarityInputCount = static_cast<size_t>(SimilarityInput::Count);
using SimilarityInputs = std::array<double, kSimilarityInputCount>;

const char* similarity_input_name(SimilarityInput input);

// Logistic model: score = 1 / (1 + exp(-(bias + Σ weight·input))).
struct SimilarityModel {
    double bias = 0;
    SimilarityInputs weights{};
};

// The fitted model compiled into the core (similarity_model.cpp).
const SimilarityModel& default_similarity_model();

SimilarityInputs similarity_inputs(const SentenceFeatures& a, const SentenceFeatures& b);
double similarity_score(const SimilarityInputs& inputs, const SimilarityModel& model);

} // namespace synoptic
