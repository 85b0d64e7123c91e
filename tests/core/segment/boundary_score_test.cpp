// Sentence boundaries of the seeds against hand segmentations: the
// Kazinform gold (kk, ru) and tests/data/segment (tr, ar).
#include <catch2/catch.hpp>

#include "core/ingest/read_article.h"
#include "core/segment/boundary_score.h"
#include "support/test_files.h"

using namespace synoptic;

namespace {

BoundaryScore score_file(const std::string& input_path, const std::string& gold_path) {
    const std::string bytes = test::read_file(input_path);
    Result<Article> article = read_article(bytes, {});
    REQUIRE(article.ok());
    std::vector<std::string_view> predicted;
    for (size_t i = 0; i < article->sentences.size(); ++i) predicted.push_back(article->sentence_text(i));
    const std::string gold_text = test::read_file(gold_path);
    const std::vector<std::string_view> gold = lines_of(gold_text);
    for (const std::string& d : boundary_differences(gold, predicted)) INFO(d);
    const BoundaryScore score = score_boundaries(gold, predicted);
    INFO("P " << score.precision() << " R " << score.recall() << " F1 " << score.f1());
    REQUIRE(score.same_text);
    return score;
}

BoundaryScore score_seed(const std::string& seed, const std::string& gold_path) {
    return score_file(test::seed_path(seed), gold_path);
}

} // namespace

TEST_CASE("the scorer counts boundaries by position, not by spacing") {
    const std::vector<std::string_view> gold = {"One two.", "Three.", "Four five."};
    CHECK(score_boundaries(gold, gold).f1() == 1.0);
    const BoundaryScore merged = score_boundaries(gold, {"One two. Three.", "Four  five."});
    CHECK(merged.gold == 2);
    CHECK(merged.predicted == 1);
    CHECK(merged.correct == 1);
    CHECK(merged.precision() == 1.0);
    CHECK(merged.recall() == 0.5);
    const BoundaryScore split = score_boundaries(gold, {"One", "two.", "Three.", "Four five."});
    CHECK(split.precision() == Approx(2.0 / 3));
    CHECK(split.recall() == 1.0);
    CHECK_FALSE(score_boundaries(gold, {"One two.", "Three!"}).same_text);
}

TEST_CASE("Kazakh seed: boundaries match the Kazinform hand segmentation") {
    const BoundaryScore s = score_seed("000_84709defd8457a92.txt", test::data_path("gold/kazinform-kk-ru/kk.txt"));
    CHECK(s.gold == 24);
    CHECK(s.f1() >= 0.98);
}

TEST_CASE("Russian seed: boundaries match the Kazinform hand segmentation") {
    const BoundaryScore s = score_seed("001_e7239c642e9fa5fc.txt", test::data_path("gold/kazinform-kk-ru/ru.txt"));
    CHECK(s.gold == 17);
    CHECK(s.f1() >= 0.98);
}

TEST_CASE("second Russian seed: boundaries match the hand segmentation") {
    const BoundaryScore s = score_seed("002_970eac684697c81d.txt", test::data_path("segment/ru2.txt"));
    CHECK(s.gold == 23);
    CHECK(s.f1() >= 0.98);
}

TEST_CASE("Turkish seed: boundaries match the hand segmentation") {
    const BoundaryScore s = score_seed("003_292c7b092348037e.txt", test::data_path("segment/tr.txt"));
    CHECK(s.gold == 15);
    CHECK(s.f1() >= 0.98);
}

TEST_CASE("English embedded posts of the Kazakh seed: boundaries match the Kazinform gold") {
    const BoundaryScore s = score_file(test::data_path("segment/en_input.txt"), test::data_path("segment/en.txt"));
    CHECK(s.gold == 4);
    CHECK(s.f1() == 1.0);
}

TEST_CASE("Arabic seed: boundaries match the hand segmentation but for one line-broken sentence") {
    const BoundaryScore s = score_seed("004_ca88b99b49bb6e08.txt", test::data_path("segment/ar.txt"));
    CHECK(s.gold == 25);
    CHECK(s.recall() == 1.0);
    CHECK(s.f1() >= 0.97);
}
