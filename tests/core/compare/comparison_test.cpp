// Facts across articles on the Kazinform pair: the 12-day war is a shared
// number; a Russian version altered to say 13 days is a conflict in the same
// row, and a sentence dropped from one side leaves its facts to the other.
#include <catch2/catch.hpp>

#include <string>

#include "core/compare/comparison.h"
#include "core/compare/row_evidence.h"
#include "support/gold_articles.h"

using namespace synoptic;
using synoptic::test::gold_side;

namespace {
const Fact* fact_with(const Comparison& c, AnchorKind kind, const std::string& key) {
    for (const Fact& f : c.facts)
        if (f.kind == kind && f.key == key) return &f;
    return nullptr;
}
} // namespace

TEST_CASE("the 12-day conflict is a fact both versions share") {
    Article kk = gold_side("kk.txt"), ru = gold_side("ru.txt");
    Comparison c = compare_articles({kk, ru});
    const Fact* twelve = fact_with(c, AnchorKind::Number, "12");
    REQUIRE(twelve);
    CHECK(twelve->sentences[0] == std::vector<uint32_t>{18});
    CHECK(twelve->sentences[1] == std::vector<uint32_t>{14});
    CHECK(c.conflicts.empty());
    // The row that holds kk 18 holds ru 14 and marks 12 as shared.
    bool found = false;
    for (size_t r = 0; r < c.alignment.rows.size(); ++r) {
        const auto& row = c.alignment.rows[r];
        if (row.sentences[0].empty() || row.sentences[0].back() != 18) continue;
        CHECK(row.sentences[1] == std::vector<uint32_t>{14});
        for (const RowFact& rf : c.row_facts[r])
            if (&c.facts[rf.fact] == twelve) {
                CHECK(rf.status == FactStatus::Shared);
                found = true;
            }
    }
    CHECK(found);
}

TEST_CASE("12-day against 13-day in the same row is a conflict") {
    Article kk = gold_side("kk.txt");
    Article ru = gold_side("ru.txt", "12-дневного", "13-дневного");
    Comparison c = compare_articles({kk, ru});
    REQUIRE(c.conflicts.size() == 1);
    const FactConflict& conflict = c.conflicts[0];
    CHECK(c.facts[conflict.fact_a].key == "12");
    CHECK(c.facts[conflict.fact_b].key == "13");
    CHECK(conflict.reason == "number 12 vs 13");
    CHECK(c.alignment.rows[conflict.row].sentences[0].back() == 18);
}

TEST_CASE("every sentence of every article is in exactly one row") {
    Article kk = gold_side("kk.txt"), ru = gold_side("ru.txt");
    Article tr = presegmented_article(test::read_file(test::seed_path("003_292c7b092348037e.txt")), "tr");
    Comparison c = compare_articles({kk, ru, tr});
    CHECK(c.alignment.pairs.size() == 3);
    std::vector<std::vector<int>> seen = {std::vector<int>(kk.sentences.size()), std::vector<int>(ru.sentences.size()),
                                          std::vector<int>(tr.sentences.size())};
    for (const auto& row : c.alignment.rows)
        for (size_t k = 0; k < 3; ++k)
            for (uint32_t s : row.sentences[k]) seen[k][s]++;
    for (const auto& counts : seen)
        for (int n : counts) CHECK(n == 1);
    // The first article's sentences come in reading order.
    int last = -1;
    for (const auto& row : c.alignment.rows)
        if (!row.sentences[0].empty()) {
            CHECK(static_cast<int>(row.sentences[0].front()) > last);
            last = static_cast<int>(row.sentences[0].back());
        }
}

TEST_CASE("the same quote put in different mouths is a conflict of attribution") {
    Article a = presegmented_article("Переговоры в Маскате завершились.\n"
                                     "«Это хорошее начало», — заявил министр Аббас Арагчи.\n",
                                     "a", "ru");
    Article b = presegmented_article("Переговоры в Маскате завершились.\n"
                                     "«Это хорошее начало», — заявил посланник Стив Уиткофф.\n",
                                     "b", "ru");
    Comparison c = compare_articles({a, b});
    INFO(c.conflicts.size());
    bool attribution = false;
    for (const FactConflict& conflict : c.conflicts)
        if (conflict.reason.rfind("quote attributed to", 0) == 0) {
            attribution = true;
            CHECK(c.alignment.rows[conflict.row].sentences[0] == std::vector<uint32_t>{1});
        }
    CHECK(attribution);

    // Same speaker on both sides: no conflict.
    Article same = presegmented_article("Переговоры в Маскате завершились.\n"
                                        "«Это хорошее начало», — сказал Аббас Арагчи журналистам.\n",
                                        "c", "ru");
    Comparison agreed = compare_articles({a, same});
    for (const FactConflict& conflict : agreed.conflicts) CHECK(conflict.reason.rfind("quote attributed to", 0) != 0);
}

TEST_CASE("a row says which meanings its sentences share, beyond its facts") {
    Article kk = presegmented_article("Тараптар келіссөздерді жалғастыруға келісті.\n", "kk", "kk");
    Article ru = presegmented_article("Стороны договорились продолжить переговоры.\n", "ru", "ru");
    Comparison c = compare_articles({kk, ru});
    REQUIRE(c.alignment.rows.size() == 1);
    auto fk = extract_features(kk), fr = extract_features(ru);
    std::vector<SharedEvidence> why = row_evidence(c.alignment.rows[0], {&fk, &fr});
    auto has = [&why](const char* meaning) {
        for (const SharedEvidence& e : why)
            if (e.kind == AnchorKind::Gloss && e.key == meaning) return true;
        return false;
    };
    CHECK(has("negotiation"));
    CHECK(has("continue"));
    // One article alone shares nothing.
    AlignedRow alone;
    alone.sentences = {{0}, {}};
    CHECK(row_evidence(alone, {&fk, &fr}).empty());
}
