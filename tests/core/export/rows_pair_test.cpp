// Beads and links read off rows: what `synoptic export --format beads|links`
// and `synoptic align` (for translations) write.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/align/bead_score.h"
#include "core/export/alignment_export.h"
#include "core/export/rows_pair.h"
#include "core/ingest/read_article.h"
#include "support/test_files.h"

using namespace synoptic;

namespace {
AlignedRow row(std::vector<std::vector<uint32_t>> sentences, double score = 0) {
    AlignedRow r;
    r.sentences = std::move(sentences);
    r.score = score;
    return r;
}

// Three articles: A (4 sentences), B (3), C (2).
const std::vector<AlignedRow>& three_columns() {
    static const std::vector<AlignedRow> rows = {
        row({{0}, {0}, {0}}, 0.9), row({{1, 2}, {1}, {}}, 0.5), row({{}, {}, {1}}), row({{3}, {}, {}}),
        row({{}, {2}, {}}),
    };
    return rows;
}

Article seed(const std::string& file) {
    Result<Article> article =
        read_article(test::read_file(test::seed_path(file)), ReadOptions{InputFormat::Auto, file, ""});
    REQUIRE(article.ok());
    return *article;
}
} // namespace

TEST_CASE("each row holding either column becomes one bead, in row order, with the row's score") {
    const std::vector<Bead> beads = beads_of_rows(three_columns(), ColumnPair{0, 1});
    REQUIRE(beads.size() == 4); // the row of C alone is left out
    CHECK(format_beads(beads) == "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n");
    CHECK(beads[0].score == 0.9);
    CHECK(beads[1].score == 0.5);
}

TEST_CASE("any two columns make a pair, the first on the left") {
    CHECK(format_beads(beads_of_rows(three_columns(), ColumnPair{2, 0})) == "[0]:[0]\n[]:[1, 2]\n[1]:[]\n[]:[3]\n");
    CHECK(format_beads(beads_of_rows(three_columns(), ColumnPair{1, 2})) == "[0]:[0]\n[1]:[]\n[]:[1]\n[2]:[]\n");
}

TEST_CASE("a row links every sentence of one column to every sentence of the other, with the row's score") {
    const std::vector<Link> links = links_of_rows(three_columns(), ColumnPair{0, 1});
    Alignment alignment;
    alignment.links = links;
    CHECK(export_links(alignment) == "0\t0\t0.9000\n1\t1\t0.5000\n2\t1\t0.5000\n");
    CHECK(links_of_rows(three_columns(), ColumnPair{1, 2}).size() == 1);
}

TEST_CASE("the beads of rows read back through the bead scorer's parser and cover both columns once") {
    const Alignment alignment = alignment_of_rows(three_columns(), ColumnPair{0, 2});
    Result<std::vector<Bead>> parsed = parse_beads(export_beads(alignment));
    REQUIRE(parsed.ok());
    std::vector<uint32_t> a, c;
    for (const Bead& bead : *parsed) {
        a.insert(a.end(), bead.a.begin(), bead.a.end());
        c.insert(c.end(), bead.b.begin(), bead.b.end());
    }
    std::sort(a.begin(), a.end());
    std::sort(c.begin(), c.end());
    CHECK(a == std::vector<uint32_t>{0, 1, 2, 3});
    CHECK(c == std::vector<uint32_t>{0, 1});
    CHECK(alignment.links.size() == 1);
}

TEST_CASE("rows with neither column give no bead and no link") {
    const std::vector<AlignedRow> rows = {row({{}, {}, {0}}, 0.7)};
    CHECK(beads_of_rows(rows, ColumnPair{0, 1}).empty());
    CHECK(links_of_rows(rows, ColumnPair{0, 1}).empty());
}

// `synoptic align` prints the beads and links of translations from the rows;
// this is why its output did not change.
TEST_CASE("for translations the rows' beads and links are the aligner's own") {
    const std::vector<Article> articles = {seed("000_84709defd8457a92.txt"), seed("001_e7239c642e9fa5fc.txt")};
    MultiAlignOptions options;
    options.pair.mode = AlignMode::Parallel;
    const MultiAlignment aligned =
        align_many(articles, {extract_features(articles[0]), extract_features(articles[1])}, options);
    const Alignment& pair = aligned.pairs.front().alignment;
    const Alignment rows = alignment_of_rows(aligned.rows, ColumnPair{0, 1});
    CHECK(export_beads(rows) == export_beads(pair));
    CHECK(export_links(rows) == export_links(pair));
}
