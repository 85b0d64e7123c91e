// Alignments arriving from elsewhere: tied to the revision they were made
// for, and merged with the rows the user edited or checked.
#include <catch2/catch.hpp>

#include "core/compare/comparison.h"
#include "core/session/alignment_rows.h"
#include "session_fixture.h"

using namespace synoptic;
using namespace synoptic::test;

namespace {
const ArticleId kazakh{1}, russian{2}, turkish{4};

Row row(std::vector<std::vector<uint32_t>> sentences, bool edited = false, bool checked = false) {
    Row r;
    r.sentences = std::move(sentences);
    r.edited = edited;
    r.checked = checked;
    return r;
}
} // namespace

TEST_CASE("a core comparison's rows become document rows, neither edited nor checked") {
    const DocumentState& state = demo_document().state();
    const Comparison comparison = compare_articles({state.find(kazakh)->article(), state.find(russian)->article()});
    const std::vector<Row> rows = rows_from_comparison(comparison);
    REQUIRE(rows.size() == comparison.alignment.rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        CHECK(rows[r].sentences == comparison.alignment.rows[r].sentences);
        CHECK(rows[r].score == comparison.alignment.rows[r].score);
        CHECK_FALSE(rows[r].kept_on_alignment());
    }
    CHECK(rows == demo_document().state().rows); // what the document got from its own alignment job
}

TEST_CASE("an alignment made before the articles, their languages or the mode changed is refused as stale") {
    Document document = demo_document();
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    const ApplyAlignment early = run_alignment_job(alignment_job(document));

    SECTION("the mode changed") { apply_ok(document, SetMode{AlignMode::Comparable}); }
    SECTION("a pair's mode changed") { apply_ok(document, SetPairMode{kazakh, turkish, AlignMode::Parallel}); }
    SECTION("another article is compared") { apply_ok(document, SetCompared{{kazakh, turkish}}); }
    SECTION("a language changed") { apply_ok(document, SetLanguage{turkish, "tr"}); }
    SECTION("the change was undone: the alignment may be of anything in between") { document.undo(); }
    CHECK(refused(document, early).find("align them again") != std::string::npos);
}

TEST_CASE("an alignment survives changes that do not touch what it aligned") {
    Document document = demo_document();
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    const ApplyAlignment job = run_alignment_job(alignment_job(document));
    apply_ok(document, RenameArticle{turkish, "Turkish report"});
    apply_ok(document, demo_article(0));
    apply_ok(document, MarkRowChecked{0, true});
    apply_ok(document, job);
    CHECK_FALSE(document.state().needs_alignment);
    check_rule(document);
}

TEST_CASE("an alignment from a revision the document has not reached is refused") {
    Document document = demo_document();
    ApplyAlignment future = run_alignment_job(alignment_job(document));
    future.made_for = document.revision() + 1;
    refused(document, future);
}

TEST_CASE("an alignment whose rows do not fit the compared articles is refused") {
    Document document = demo_document();
    ApplyAlignment broken = run_alignment_job(alignment_job(document));
    broken.rows.pop_back();
    CHECK(refused(document, broken).find("is in no row") != std::string::npos);
}

TEST_CASE("edited and checked rows survive a new alignment, computed rows lose their sentences") {
    Document document = demo_document();
    // The user's view: the first Kazakh sentence belongs with the last Russian one, the third row is right.
    const uint32_t last_russian = document.state().find(russian)->sentence_count() - 1;
    apply_ok(document, LinkSentences{{russian, last_russian}, {kazakh, 0}});
    const Row linked = document.state().rows[row_of(document, kazakh, 0)];
    apply_ok(document, MarkRowChecked{5, true});
    const Row checked = document.state().rows[5];

    // A re-alignment of all three (another pair joins): the user's rows stay as they are.
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    align(document);
    const DocumentState& state = document.state();
    check_rule(document);
    Row linked_now = linked, checked_now = checked;
    linked_now.sentences.emplace_back();
    checked_now.sentences.emplace_back();
    CHECK(state.rows[row_of(document, kazakh, 0)] == linked_now);
    CHECK(std::count(state.rows.begin(), state.rows.end(), checked_now) == 1);
    size_t with_turkish = 0;
    for (const Row& r : state.rows) with_turkish += !r.sentences[2].empty() && r.articles_present() > 1;
    CHECK(with_turkish > 3); // the new article was aligned with the others
}

TEST_CASE("a kept row goes after the row holding the sentence before it") {
    const std::vector<uint32_t> counts = {4, 4};
    // The user linked A2 with B3; the new alignment pairs everything diagonally.
    const std::vector<Row> current = {row({{0}, {0}}), row({{1}, {1}}), row({{2}, {3}}, true), row({{3}, {}}),
                                      row({{}, {2}})};
    const std::vector<Row> computed = {row({{0}, {0}}), row({{1}, {1}}), row({{2}, {2}}), row({{3}, {3}})};
    const std::vector<Row> merged = merge_alignment(current, computed, counts);
    const std::vector<Row> expected = {row({{0}, {0}}), row({{1}, {1}}), row({{2}, {3}}, true), row({{}, {2}}),
                                       row({{3}, {}})};
    CHECK(merged == expected);
}

TEST_CASE("kept rows at the start, and one after another, keep their order") {
    const std::vector<uint32_t> counts = {3, 3};
    const std::vector<Row> current = {row({{0}, {}}, true), row({{1}, {0}}, false, true), row({{2}, {1, 2}})};
    const std::vector<Row> computed = {row({{0, 1}, {0, 1}}), row({{2}, {2}})};
    const std::vector<Row> merged = merge_alignment(current, computed, counts);
    const std::vector<Row> expected = {row({{0}, {}}, true), row({{1}, {0}}, false, true), row({{}, {1}}),
                                       row({{2}, {2}})};
    CHECK(merged == expected);
}
