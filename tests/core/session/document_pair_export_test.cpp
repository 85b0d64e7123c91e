// Beads and links of a document come from its rows, as the other exports
// do: the user's edits show in them, and the bead scorer reads them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/align/bead_score.h"
#include "core/export/rows_pair.h"
#include "core/session/document_pair_export.h"
#include "session_fixture.h"

using namespace synoptic;
using namespace synoptic::test;

namespace {
const ArticleId kazakh{1}, russian{2}, turkish{4};

std::string exported(const Document& document, PairFormat format, ColumnPair pair = {}) {
    Result<std::string> text = export_document_pair(document, format, pair);
    INFO((text ? std::string() : text.error().message));
    REQUIRE(text.ok());
    return *text;
}

std::vector<Bead> exported_beads(const Document& document, ColumnPair pair = {}) {
    Result<std::vector<Bead>> beads = parse_beads(exported(document, PairFormat::Beads, pair));
    INFO((beads ? std::string() : beads.error().message));
    REQUIRE(beads.ok());
    return *beads;
}

// The bead holding a sentence of the left side.
const Bead& bead_of(const std::vector<Bead>& beads, uint32_t a) {
    for (const Bead& bead : beads)
        if (std::find(bead.a.begin(), bead.a.end(), a) != bead.a.end()) return bead;
    FAIL("sentence " << a << " is in no bead");
    return beads.front();
}

// Every sentence of both sides once, as the scorer expects of a bead file.
void check_covers(const std::vector<Bead>& beads, uint32_t count_a, uint32_t count_b) {
    std::vector<uint32_t> a, b;
    for (const Bead& bead : beads) {
        a.insert(a.end(), bead.a.begin(), bead.a.end());
        b.insert(b.end(), bead.b.begin(), bead.b.end());
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<uint32_t> all_a(count_a), all_b(count_b);
    for (uint32_t s = 0; s < count_a; ++s) all_a[s] = s;
    for (uint32_t s = 0; s < count_b; ++s) all_b[s] = s;
    CHECK(a == all_a);
    CHECK(b == all_b);
}
} // namespace

TEST_CASE("a document's beads are its rows, one bead per row, covering both articles once") {
    const Document& document = demo_document();
    const std::vector<Bead> beads = exported_beads(document);
    CHECK(beads.size() == document.state().rows.size());
    check_covers(beads, document.state().find(kazakh)->sentence_count(),
                 document.state().find(russian)->sentence_count());
}

TEST_CASE("an unlinked sentence stands alone in the beads") {
    Document document = demo_document();
    const Bead before = bead_of(exported_beads(document), 0);
    REQUIRE_FALSE(before.b.empty()); // the two titles are aligned
    apply_ok(document, UnlinkSentence{{kazakh, 0}});
    const std::vector<Bead> beads = exported_beads(document);
    const Bead& alone = bead_of(beads, 0);
    CHECK(alone.a == std::vector<uint32_t>{0});
    CHECK(alone.b.empty());
    check_covers(beads, document.state().find(kazakh)->sentence_count(),
                 document.state().find(russian)->sentence_count());
}

TEST_CASE("two merged rows are one bead, and their sentences link across it") {
    Document document = demo_document();
    const std::vector<Row> rows = document.state().rows;
    REQUIRE(rows.size() >= 2);
    apply_ok(document, MergeWithNextRow{0});
    const std::vector<Bead> beads = exported_beads(document);
    CHECK(beads.size() == rows.size() - 1);
    std::vector<uint32_t> a = rows[0].sentences[0], b = rows[0].sentences[1];
    a.insert(a.end(), rows[1].sentences[0].begin(), rows[1].sentences[0].end());
    b.insert(b.end(), rows[1].sentences[1].begin(), rows[1].sentences[1].end());
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    CHECK(beads[0].a == a);
    CHECK(beads[0].b == b);
    const std::string links = exported(document, PairFormat::Links);
    for (uint32_t i : a)
        for (uint32_t j : b) {
            const std::string link = std::to_string(i) + "\t" + std::to_string(j) + "\t";
            CHECK((links.rfind(link, 0) == 0 || links.find("\n" + link) != std::string::npos));
        }
}

TEST_CASE("beads of three compared articles are for the pair of columns asked for") {
    Document document = demo_document();
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    align(document);
    const DocumentState& state = document.state();
    const std::vector<Bead> kazakh_turkish = exported_beads(document, ColumnPair{0, 2});
    check_covers(kazakh_turkish, state.find(kazakh)->sentence_count(), state.find(turkish)->sentence_count());
    const std::vector<Bead> turkish_russian = exported_beads(document, ColumnPair{2, 1});
    check_covers(turkish_russian, state.find(turkish)->sentence_count(), state.find(russian)->sentence_count());
}

TEST_CASE("a pair must name two different compared columns") {
    const Document& document = demo_document();
    CHECK_FALSE(check_column_pair(document.state(), ColumnPair{0, 1}).has_value());
    CHECK(check_column_pair(document.state(), ColumnPair{1, 0}) == std::nullopt);
    const std::optional<Error> same = check_column_pair(document.state(), ColumnPair{1, 1});
    REQUIRE(same.has_value());
    CHECK(same->message == "columns 2 and 2 are the same: name two different columns");
    const std::optional<Error> missing = check_column_pair(document.state(), ColumnPair{0, 2});
    REQUIRE(missing.has_value());
    CHECK(missing->message == "there is no column 3: the session compares 2 articles");
    CHECK_FALSE(export_document_pair(document, PairFormat::Beads, ColumnPair{0, 2}).ok());
}

TEST_CASE("beads and links name their formats and need two compared articles") {
    CHECK(parse_pair_format("beads") == PairFormat::Beads);
    CHECK(parse_pair_format("links") == PairFormat::Links);
    CHECK_FALSE(parse_pair_format("tsv").has_value());
    CHECK(std::string(pair_format_name(PairFormat::Links)) == "links");
    Document document = demo_document();
    apply_ok(document, RemoveArticle{kazakh});
    CHECK_FALSE(export_document_pair(document, PairFormat::Beads, ColumnPair{}).ok());
}
