#include <catch2/catch.hpp>

#include "core/compare/row_mark.h"

using namespace synoptic;

namespace {
Comparison three_articles(std::vector<std::vector<std::vector<uint32_t>>> rows) {
    Comparison c;
    for (auto& sentences : rows) {
        AlignedRow row;
        row.sentences = std::move(sentences);
        c.alignment.rows.push_back(row);
        c.row_facts.emplace_back();
    }
    return c;
}
} // namespace

TEST_CASE("a row is marked by how many articles tell it, as the page's legend says") {
    const Comparison c = three_articles({{{0}, {0}, {0, 1}}, {{1}, {}, {2}}, {{}, {1}, {}}});
    CHECK(row_mark(c, 0) == RowMark::InAll);
    CHECK(row_mark(c, 1) == RowMark::InSome);
    CHECK(row_mark(c, 2) == RowMark::InOneOnly);
    CHECK(std::string(row_mark_name(RowMark::InAll)) == "in all");
    CHECK(std::string(row_mark_name(RowMark::InSome)) == "in some");
    CHECK(std::string(row_mark_name(RowMark::InOneOnly)) == "in one only");
    CHECK(std::string(row_mark_name(RowMark::Disagree)) == "disagree");
}

TEST_CASE("a row with a conflicting fact is marked disagree, however many articles tell it") {
    Comparison c = three_articles({{{0}, {0}, {0}}, {{1}, {1}, {}}});
    c.row_facts[0].push_back({0, {true, true, false}, FactStatus::Shared});
    c.row_facts[1].push_back({1, {true, false, false}, FactStatus::Conflict});
    CHECK(row_mark(c, 0) == RowMark::InAll);
    CHECK(row_mark(c, 1) == RowMark::Disagree);
}
