// The aligner the CLI and the page call: two articles (or their features) in,
// an Alignment out, in the mode the user asked for or the one the evidence
// points to (with the reason in Alignment::mode_reason).
#pragma once
#include <vector>

#include "core/align/alignment.h"
#include "core/align/comparable_linker.h"
#include "core/align/mode_choice.h"
#include "core/align/parallel_aligner.h"
#include "core/features/sentence_features.h"
#include "core/ingest/article.h"

namespace synoptic {

struct AlignOptions {
    AlignMode mode = AlignMode::Auto;
    ParallelOptions parallel;
    ComparableOptions comparable;
    ModeThresholds thresholds;
    // Above this many sentence pairs the similarity matrix is not built: the
    // mode is judged from rare shared keys, and comparable linking is refused
    // (it is meant for news reports, not books).
    size_t max_matrix_cells = 1'000'000;
};

// Uses similarity_score (core/align/similarity.h) unless told otherwise.
Alignment align_features(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const AlignOptions& options = {}, const SkipHints& hints = {});
Alignment align_features(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const AlignOptions& options, const SkipHints& hints, const FeatureSimilarity& similarity);

// Sentences of `article` that identify as a third language (neither the
// article's nor `other_language`): embedded tweets and quotes left untranslated.
std::vector<bool> foreign_sentences(const Article& article, const std::string& other_language);

// Photo and source credit lines ("Фото: x.com / @handle") and lines of nothing
// but links or handles, which translations drop or keep at will.
std::vector<bool> credit_lines(const Article& article);

// Foreign sentences and credit lines of both, as skip hints for a pair.
SkipHints skip_hints(const Article& a, const Article& b);

// extract_features on both, foreign sentences and credit lines sentences as skip hints, then align_features.
Alignment align_articles(const Article& a, const Article& b, const AlignOptions& options = {});

} // namespace synoptic
