// Similarity on the Kazinform gold pair (kk.txt / ru.txt, one sentence a line).
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/align/presegmented_article.h"
#include "core/align/similarity.h"
#include "support/test_files.h"

using namespace synoptic;

namespace {

bool has_evidence(const Similarity& s, AnchorKind kind, const std::string& key) {
    return std::any_of(s.evidence.begin(), s.evidence.end(),
                       [&](const SharedEvidence& e) { return e.kind == kind && e.key == key; });
}

struct Gold {
    // One sentence a line, read as the CLI's --presegmented reads it.
    Article kk = presegmented_article(test::read_file(test::data_path("gold/kazinform-kk-ru/kk.txt")), "kk", "kk");
    Article ru = presegmented_article(test::read_file(test::data_path("gold/kazinform-kk-ru/ru.txt")), "ru", "ru");
    std::vector<SentenceFeatures> fk = extract_features(kk);
    std::vector<SentenceFeatures> fr = extract_features(ru);
};

} // namespace

TEST_CASE("A translated sentence scores higher than unrelated sentences, with names as evidence") {
    Gold g;
    // kk 6 ↔ ru 7: the delegations' heads, Арагчи and Уиткофф.
    Similarity right = explain_similarity(g.fk[6], g.fr[7]);
    INFO("score " << right.score);
    CHECK(has_evidence(right, AnchorKind::Name, "name:rkj"));
    CHECK(has_evidence(right, AnchorKind::Name, "name:btkb"));
    CHECK(has_evidence(right, AnchorKind::Concept, "country:US"));
    for (size_t j = 0; j < g.fr.size(); ++j) {
        if (j == 7) continue;
        INFO("ru " << j);
        CHECK(similarity_score(g.fk[6], g.fr[j]) < right.score);
    }
}

TEST_CASE("Scores are probabilities and the fast path agrees with the explained one") {
    Gold g;
    for (size_t i = 0; i < g.fk.size(); ++i)
        for (size_t j = 0; j < g.fr.size(); ++j) {
            double s = similarity_score(g.fk[i], g.fr[j]);
            REQUIRE(s >= 0.0);
            REQUIRE(s <= 1.0);
            REQUIRE(s == Approx(explain_similarity(g.fk[i], g.fr[j]).score));
        }
}

// How many Kazakh sentences i have Russian sentence j as their best-scoring candidate.
int found_first(const Gold& g, const std::vector<std::pair<int, int>>& pairs) {
    int found = 0;
    for (auto [i, j] : pairs) {
        size_t best = 0;
        for (size_t k = 1; k < g.fr.size(); ++k)
            if (similarity_score(g.fk[i], g.fr[k]) > similarity_score(g.fk[i], g.fr[best])) best = k;
        found += static_cast<int>(best) == j;
    }
    return found;
}

TEST_CASE("Most gold sentences find their counterpart as the best-scoring candidate") {
    Gold g;
    // gold.txt beads with one sentence on each side (the easy, unambiguous ones)
    CHECK(found_first(g, {{0, 0}, {1, 1}, {5, 6}, {6, 7}, {7, 8}, {14, 11}, {15, 12}, {16, 13}, {19, 15}}) >= 8);
}

TEST_CASE("A sentence the translator merged with its neighbours still finds the merged translation") {
    Gold g;
    // gold.txt beads 2-1 and 3-1: each Kazakh sentence against the one Russian
    // sentence that holds it and more (the length ratio must not rule it out).
    CHECK(found_first(g, {{3, 5}, {4, 5}, {8, 9}, {9, 9}, {10, 9}, {12, 10}, {13, 10}, {17, 14}, {18, 14}}) >= 7);
}

TEST_CASE("Hand-merged features are indexed rather than scored as empty") {
    Gold g;
    SentenceFeatures merged = g.fk[3];
    append_features(merged, g.fk[4]); // kk 3+4 ↔ ru 5 in the gold
    double score_merged = similarity_score(merged, g.fr[5]);
    CHECK(score_merged >= similarity_score(g.fk[4], g.fr[5]));
    SentenceFeatures copied; // as an aligner might build it, without index_features
    copied.anchors = merged.anchors;
    copied.stems = merged.stems;
    copied.latin_keys = merged.latin_keys;
    copied.language = "kk";
    CHECK(similarity_score(copied, g.fr[5]) > 0.0);
}
