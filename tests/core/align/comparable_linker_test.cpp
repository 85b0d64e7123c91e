// Comparable linking on hand-made similarity matrices whose right answer is
// plain to a reader.
#include <catch2/catch.hpp>

#include "core/align/comparable_linker.h"

using namespace synoptic;

namespace {
SimilarityMatrix matrix(uint32_t rows, uint32_t cols, std::vector<float> values) {
    SimilarityMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.values = std::move(values);
    return m;
}
bool has_link(const std::vector<Link>& links, uint32_t a, uint32_t b) {
    for (const Link& l : links)
        if (l.a == a && l.b == b) return true;
    return false;
}
} // namespace

TEST_CASE("crossing links and sentences without counterpart") {
    // A0 <-> B2, A2 <-> B0 (crossing); A1 and B1 resemble nothing.
    auto m = matrix(3, 3, {0.05f, 0.02f, 0.80f,
                           0.03f, 0.04f, 0.05f,
                           0.70f, 0.01f, 0.06f});
    auto links = link_comparable(m);
    CHECK(links.size() == 2);
    CHECK(has_link(links, 0, 2));
    CHECK(has_link(links, 2, 0));
}

TEST_CASE("a sentence that resembles everything is held back by the margin") {
    // A0 is generic: 0.45 with every B sentence; A1 <-> B1 is a real pair.
    auto m = matrix(2, 4, {0.45f, 0.45f, 0.45f, 0.45f,
                           0.02f, 0.75f, 0.03f, 0.01f});
    auto links = link_comparable(m);
    CHECK(has_link(links, 1, 1));
    CHECK_FALSE(has_link(links, 0, 0));
    CHECK_FALSE(has_link(links, 0, 2));
}

TEST_CASE("one sentence may link to the two that split its content") {
    auto m = matrix(3, 3, {0.60f, 0.55f, 0.02f,
                           0.01f, 0.03f, 0.02f,
                           0.02f, 0.01f, 0.70f});
    auto links = link_comparable(m);
    CHECK(has_link(links, 0, 0));
    CHECK(has_link(links, 0, 1));
    CHECK(has_link(links, 2, 2));
    CHECK(links.size() == 3);
}

TEST_CASE("two one-sentence reports link when they are alike, and only then") {
    CHECK(has_link(link_comparable(matrix(1, 1, {0.55f})), 0, 0));
    CHECK(link_comparable(matrix(1, 1, {0.10f})).empty()); // below the similarity floor
    // One sentence against several: its own row tells what is typical.
    auto generic = link_comparable(matrix(1, 4, {0.45f, 0.45f, 0.45f, 0.45f}));
    CHECK(generic.empty());
    CHECK(has_link(link_comparable(matrix(1, 4, {0.05f, 0.70f, 0.04f, 0.06f})), 0, 1));
}
