#include <catch2/catch.hpp>

#include "core/align/multi_alignment.h"

using namespace synoptic;

namespace {
PairAlignment pair(uint32_t first, uint32_t second, std::vector<Link> links) {
    PairAlignment p;
    p.first = first;
    p.second = second;
    p.alignment.links = std::move(links);
    return p;
}
const AlignedRow* row_with(const std::vector<AlignedRow>& rows, size_t article, uint32_t sentence) {
    for (const auto& row : rows)
        for (uint32_t s : row.sentences[article])
            if (s == sentence) return &row;
    return nullptr;
}
} // namespace

TEST_CASE("A~B and B~C make one row holding A, B and C") {
    // A0~B1 (from pair A-B) and B1~C2 (from pair B-C): no A-C link needed.
    auto rows = group_rows({2, 2, 3}, {pair(0, 1, {{0, 1, 0.9}}), pair(1, 2, {{1, 2, 0.8}})});
    const AlignedRow* row = row_with(rows, 0, 0);
    REQUIRE(row);
    CHECK(row->sentences[1] == std::vector<uint32_t>{1});
    CHECK(row->sentences[2] == std::vector<uint32_t>{2});
    // Every sentence appears in exactly one row.
    size_t total = 0;
    for (const auto& r : rows)
        for (const auto& s : r.sentences) total += s.size();
    CHECK(total == 7);
}

TEST_CASE("rows follow the first article, other sentences follow their own predecessor") {
    // A: 0 1 2; B: 0 1 2 3 with A2~B1 and A0~B3 crossing; B0 and B2 unlinked.
    auto rows = group_rows({3, 4}, {pair(0, 1, {{2, 1, 0.9}, {0, 3, 0.7}})});
    REQUIRE(rows.size() == 5);
    // A0 (+B3), A1; B0, which B writes before B1, just above B1's row;
    // A2 (+B1), and B2 right after B1's row.
    CHECK(rows[0].sentences[0] == std::vector<uint32_t>{0});
    CHECK(rows[0].sentences[1] == std::vector<uint32_t>{3});
    CHECK(rows[1].sentences[0] == std::vector<uint32_t>{1});
    CHECK(rows[2].sentences[1] == std::vector<uint32_t>{0});
    CHECK(rows[3].sentences[0] == std::vector<uint32_t>{2});
    CHECK(rows[3].sentences[1] == std::vector<uint32_t>{1});
    CHECK(rows[4].sentences[1] == std::vector<uint32_t>{2});
}

TEST_CASE("nothing only another article says stands above the first article's headline") {
    // B's opening sentences B0..B2 come before B3, which shares A0's row (the
    // headline); they follow that row instead of pushing it down. C shares
    // no row at all: its sentences follow everything.
    auto rows = group_rows({2, 4, 2}, {pair(0, 1, {{0, 3, 0.9}})});
    REQUIRE(rows.size() == 7);
    CHECK(rows[0].sentences[0] == std::vector<uint32_t>{0});
    CHECK(rows[0].sentences[1] == std::vector<uint32_t>{3});
    for (uint32_t b = 0; b < 3; ++b) CHECK(rows[1 + b].sentences[1] == std::vector<uint32_t>{b});
    CHECK(rows[4].sentences[0] == std::vector<uint32_t>{1});
    CHECK(rows[5].sentences[2] == std::vector<uint32_t>{0});
    CHECK(rows[6].sentences[2] == std::vector<uint32_t>{1});
}

TEST_CASE("a third report linking two distant statements does not glue them into one row") {
    // A0~B0 and A5~B5 are separate statements; C0 links to A0 and to A5.
    auto rows = group_rows({6, 6, 1}, {pair(0, 1, {{0, 0, 0.9}, {5, 5, 0.9}}), pair(0, 2, {{0, 0, 0.6}, {5, 0, 0.5}})});
    const AlignedRow* first = row_with(rows, 0, 0);
    const AlignedRow* last = row_with(rows, 0, 5);
    REQUIRE(first);
    REQUIRE(last);
    CHECK(first != last);
    CHECK(first->sentences[2] == std::vector<uint32_t>{0}); // the stronger link wins
}
