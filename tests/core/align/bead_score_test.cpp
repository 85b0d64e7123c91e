// The scorer must reproduce vecalign's score.py; expected figures below were
// worked out by hand from its definitions.
#include <catch2/catch.hpp>

#include "core/align/bead_score.h"
#include "support/test_files.h"

using namespace synoptic;

namespace {
std::vector<Bead> beads(const char* text) {
    auto parsed = parse_beads(text);
    REQUIRE(parsed.ok());
    return parsed.value();
}
} // namespace

TEST_CASE("bead lines round-trip in the vecalign format") {
    auto parsed = beads("[0]:[0]\n[]:[1]\n[1, 2]:[2]\n\n[3]:[]\n");
    REQUIRE(parsed.size() == 4);
    CHECK(parsed[2].a == std::vector<uint32_t>{1, 2});
    CHECK(parsed[1].a.empty());
    CHECK(format_beads(parsed) == "[0]:[0]\n[]:[1]\n[1, 2]:[2]\n[3]:[]\n");
}

TEST_CASE("malformed bead lines are errors, not silently skipped") {
    CHECK_FALSE(parse_beads("[0]:[0]\n[1] [1]\n").ok());
    CHECK_FALSE(parse_beads("[0,]:[0]\n").ok());
    CHECK_FALSE(parse_beads("[a]:[0]\n").ok());
}

TEST_CASE("identical alignments score 1 strict and lax") {
    auto gold = beads(test::read_file(test::data_path("gold/kazinform-kk-ru/gold.txt")).c_str());
    auto s = score_beads(gold, gold);
    CHECK(s.f1_strict == Approx(1.0));
    CHECK(s.f1_lax == Approx(1.0));
}

TEST_CASE("strict and lax counts follow score.py") {
    // Gold: [0]:[0], [1,2]:[1], [3]:[], []:[2], [4]:[3]
    auto gold = beads("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3]\n");
    // Test splits the 2-1 bead, misses the deletion, aligns 3 with 2.
    auto test = beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n[4]:[3]\n");
    auto s = score_beads(gold, test);
    // Precision over 5 test beads: strict hits [0]:[0], [4]:[3] -> 2/5;
    // lax also [1]:[1] (1 -> gold target 1) -> 3/5; [2]:[] and [3]:[2] miss.
    CHECK(s.precision_strict == Approx(2.0 / 5));
    CHECK(s.precision_lax == Approx(3.0 / 5));
    // Recall over gold beads without deletions (3), against test without deletions:
    // [0]:[0] and [4]:[3] strict; [1,2]:[1] lax through test [1]:[1] -> 2/3 and 3/3.
    CHECK(s.recall_strict == Approx(2.0 / 3));
    CHECK(s.recall_lax == Approx(1.0));
    CHECK(s.f1_strict == Approx(2 * 0.4 * (2.0 / 3) / (0.4 + 2.0 / 3)));
    CHECK(s.f1_lax == Approx(2 * 0.6 / 1.6));
}
