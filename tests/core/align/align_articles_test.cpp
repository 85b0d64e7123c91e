// The aligner on real text: the Kazinform translation pair against its hand
// alignment, and the automatic choice between translations and independent
// reports on the seeds.
#include <catch2/catch.hpp>

#include "core/align/align_articles.h"
#include "core/align/bead_score.h"
#include "core/align/presegmented_article.h"
#include "core/ingest/read_article.h"
#include "support/test_files.h"

using namespace synoptic;

namespace {
Article seed(const std::string& file) {
    auto article = read_article(test::read_file(test::seed_path(file)), ReadOptions{InputFormat::Auto, file, ""});
    REQUIRE(article.ok());
    return article.value();
}
} // namespace

TEST_CASE("the Kazinform kk-ru translation aligns as its hand alignment") {
    const std::string dir = "gold/kazinform-kk-ru/";
    Article kk = presegmented_article(test::read_file(test::data_path(dir + "kk.txt")), "kk.txt");
    Article ru = presegmented_article(test::read_file(test::data_path(dir + "ru.txt")), "ru.txt");
    REQUIRE(kk.sentences.size() == 25);
    REQUIRE(ru.sentences.size() == 18);
    auto gold = parse_beads(test::read_file(test::data_path(dir + "gold.txt")));
    REQUIRE(gold.ok());

    Alignment alignment = align_articles(kk, ru);
    INFO(alignment.mode_reason);
    INFO(format_beads(alignment.beads));
    CHECK(alignment.mode == AlignMode::Parallel);
    BeadScores scores = score_beads(gold.value(), alignment.beads);
    CHECK(scores.f1_strict >= 0.9);
    CHECK(scores.f1_lax >= 0.95);
}

TEST_CASE("the automatic mode tells a translation from independent reports") {
    Article kk = seed("000_84709defd8457a92.txt");
    Article ru = seed("001_e7239c642e9fa5fc.txt");
    Article ru_other = seed("002_970eac684697c81d.txt");
    Article tr = seed("003_292c7b092348037e.txt");

    Alignment translation = align_articles(kk, ru);
    INFO(translation.mode_reason);
    CHECK(translation.mode == AlignMode::Parallel);

    Alignment reports = align_articles(ru, ru_other);
    INFO(reports.mode_reason);
    CHECK(reports.mode == AlignMode::Comparable);
    CHECK(reports.beads.empty());

    Alignment other_language = align_articles(kk, tr);
    INFO(other_language.mode_reason);
    CHECK(other_language.mode == AlignMode::Comparable);
}

TEST_CASE("the user's mode wins over the automatic choice") {
    Article ru = seed("001_e7239c642e9fa5fc.txt");
    Article ru_other = seed("002_970eac684697c81d.txt");
    AlignOptions options;
    options.mode = AlignMode::Parallel;
    Alignment alignment = align_articles(ru, ru_other, options);
    CHECK(alignment.mode == AlignMode::Parallel);
    CHECK(alignment.mode_reason.find("chosen by the user") != std::string::npos);
    size_t covered_a = 0;
    for (const Bead& bead : alignment.beads) covered_a += bead.a.size();
    CHECK(covered_a == ru.sentences.size());
}

TEST_CASE("long texts are judged from rare shared keys without a similarity matrix") {
    // 1,100 x 1,100 sentences (above AlignOptions::max_matrix_cells): B keeps
    // A's order in one case and is shuffled in the other.
    std::vector<SentenceFeatures> a, ordered, shuffled;
    for (uint32_t i = 0; i < 1100; ++i) {
        SentenceFeatures f;
        f.latin_keys = {"k" + std::to_string(i), "common"};
        f.length_chars = 40 + i % 30;
        a.push_back(f);
        ordered.push_back(f);
    }
    shuffled = ordered;
    for (size_t i = 0; i + 7 < shuffled.size(); i += 7) std::swap(shuffled[i], shuffled[shuffled.size() - 1 - i]);
    for (size_t i = 0; i < shuffled.size(); i += 3) std::swap(shuffled[i], shuffled[(i * 389) % shuffled.size()]);
    auto same_keys = [](const SentenceFeatures& x, const SentenceFeatures& y) {
        return x.latin_keys.front() == y.latin_keys.front() ? 0.9 : 0.05;
    };
    Alignment parallel = align_features(a, ordered, AlignOptions{}, SkipHints{}, same_keys);
    INFO(parallel.mode_reason);
    CHECK(parallel.mode == AlignMode::Parallel);
    CHECK(parallel.mode_reason.find("long texts") != std::string::npos);
    Alignment reordered = align_features(a, shuffled, AlignOptions{}, SkipHints{}, same_keys);
    INFO(reordered.mode_reason);
    CHECK(reordered.mode_reason.rfind("comparable", 0) == 0);
    // Comparable linking is refused at this size: the alignment stays a covering one.
    CHECK(reordered.mode == AlignMode::Parallel);
    CHECK(reordered.mode_reason.find("aligned as parallel instead") != std::string::npos);
}
