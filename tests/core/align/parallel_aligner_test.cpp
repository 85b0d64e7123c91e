// The translation aligner over features, with a stand-in similarity (shared
// Latin keys) so it is tested apart from the evidence engine.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/align/bead_score.h"
#include "core/align/parallel_aligner.h"

using namespace synoptic;

namespace {

SentenceFeatures sentence(std::vector<std::string> keys, uint32_t length) {
    SentenceFeatures f;
    f.latin_keys = std::move(keys);
    f.length_chars = length;
    return f;
}

double shared_key_share(const SentenceFeatures& x, const SentenceFeatures& y) {
    std::set<std::string> a(x.latin_keys.begin(), x.latin_keys.end()), b(y.latin_keys.begin(), y.latin_keys.end());
    if (a.empty() || b.empty()) return 0;
    size_t common = 0;
    for (auto& k : a) common += b.count(k);
    return static_cast<double>(common) / static_cast<double>(std::max(a.size(), b.size()));
}

} // namespace

TEST_CASE("length prior prefers proportional lengths") {
    CHECK(log_length_prior(100, 100, 1.0, 6.8) > log_length_prior(100, 160, 1.0, 6.8));
    CHECK(log_length_prior(100, 120, 1.2, 6.8) == Approx(0.0));
    CHECK(log_length_prior(10, 5000, 1.0, 6.8) < -100);
}

TEST_CASE("a merged pair of sentences meets its one-sentence translation") {
    // A: title, two sentences that B merges, a tweet only A has, a closing line.
    std::vector<SentenceFeatures> a = {
        sentence({"iran", "usa", "oman"}, 40),
        sentence({"irna", "process"}, 90),
        sentence({"capitals", "consult"}, 70),
        sentence({"muscat", "goodstart", "tco"}, 120),
        sentence({"kushner", "advisor"}, 60),
    };
    std::vector<SentenceFeatures> b = {
        sentence({"iran", "usa", "oman"}, 45),
        sentence({"irna", "process", "capitals", "consult"}, 170),
        sentence({"kushner", "advisor"}, 65),
        sentence({"utesheva"}, 12), // a byline
    };
    // align_articles marks the tweet as a third-language sentence.
    SkipHints hints{{false, false, false, true, false}, {}};
    Alignment alignment = align_parallel(a, b, shared_key_share, {}, hints);
    auto gold = parse_beads("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2]\n[]:[3]\n");
    REQUIRE(gold.ok());
    auto scores = score_beads(gold.value(), alignment.beads);
    INFO(format_beads(alignment.beads));
    CHECK(scores.f1_strict == Approx(1.0));
    CHECK(alignment.links.size() == 4);
}

TEST_CASE("long texts are searched in a band around shared rare keys") {
    std::vector<SentenceFeatures> a, b;
    std::vector<Bead> gold;
    for (uint32_t i = 0; i < 3000; ++i) {
        std::string k = "w" + std::to_string(i);
        a.push_back(sentence({k, k + "x"}, 50 + (i * 37) % 80));
        if (i % 10 == 3) { // B drops every tenth sentence
            gold.push_back({{i}, {}, 0});
            continue;
        }
        gold.push_back({{i}, {static_cast<uint32_t>(b.size())}, 0});
        b.push_back(sentence({k, k + "x"}, 50 + (i * 37) % 80));
    }
    ParallelOptions options;
    options.exact_search_cells = 1000;
    Alignment alignment = align_parallel(a, b, shared_key_share, options);
    CHECK(alignment.mode_reason.find("banded") != std::string::npos);
    CHECK(score_beads(gold, alignment.beads).f1_strict == Approx(1.0));
}
