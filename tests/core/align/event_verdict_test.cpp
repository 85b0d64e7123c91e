// Reports of different events, said plainly: the Arabic seed (May 2024) and
// a Russian report of February 2026 share topic words, not claims; they are
// judged different events and share no row. Two reports of one event
// published the same week are not.
#include <catch2/catch.hpp>

#include <string>

#include "core/align/event_verdict.h"
#include "core/compare/comparison.h"
#include "support/seed_articles.h"

using namespace synoptic;
using synoptic::test::read_seed;

namespace {

size_t rows_holding_both(const Comparison& c) {
    size_t n = 0;
    for (const AlignedRow& row : c.alignment.rows) n += !row.sentences[0].empty() && !row.sentences[1].empty();
    return n;
}

} // namespace

TEST_CASE("days apart of two published dates", "[events]") {
    CHECK(days_apart("2024-05-18", "2026-02-07") == 630);
    CHECK(days_apart("2026-02-07", "2026-02-06") == 1);
    CHECK(days_apart("2026-02-07T10:00:00Z", "2026-02-07") == 0);
    CHECK(days_apart("", "2026-02-07") == -1);
    CHECK(days_apart("07.02.2026", "2026-02-07") == -1);
}

TEST_CASE("the Arabic report of May 2024 and a Russian one of February 2026 are different events", "[events]") {
    const Comparison c = compare_articles({read_seed("001_e7239c642e9fa5fc.txt"), read_seed("004_ca88b99b49bb6e08.txt")});
    REQUIRE(c.events.pairs.size() == 1);
    CHECK(c.events.different_events);
    CHECK(c.events.example.first_date == "2026-02-07");
    CHECK(c.events.example.second_date == "2024-05-18");
    CHECK(rows_holding_both(c) == 0);
}

TEST_CASE("two reports of one event published a day apart are one event, and share rows", "[events]") {
    const Comparison c = compare_articles({read_seed("001_e7239c642e9fa5fc.txt"), read_seed("002_970eac684697c81d.txt")});
    CHECK_FALSE(c.events.different_events);
    CHECK(c.events.pairs.at(0).days_apart == 1);
    CHECK(rows_holding_both(c) > 0);
    const Comparison translation = compare_articles({read_seed("000_84709defd8457a92.txt"), read_seed("001_e7239c642e9fa5fc.txt")});
    CHECK_FALSE(translation.events.different_events);
    CHECK(translation.events.pairs.at(0).linked_share > 0.5);
}

TEST_CASE("far-apart dates alone, or little linked alone, make no verdict", "[events]") {
    Article a, b;
    a.meta.date = "2024-05-18";
    b.meta.date = "2026-02-07";
    CHECK(judge_pair(a, b, 0.1).different_events);
    CHECK_FALSE(judge_pair(a, b, 0.8).different_events); // a long quote of an old report, translated
    b.meta.date = "";
    CHECK_FALSE(judge_pair(a, b, 0.1).different_events); // no date: the words alone do not say
}
