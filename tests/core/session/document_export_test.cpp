// Exports come from the document's rows: what the user edited is what is saved.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/export/rows_export.h"
#include "core/session/document_export.h"
#include "session_fixture.h"

using namespace synoptic;
using namespace synoptic::test;

namespace {
const ArticleId kazakh{1}, russian{2}, turkish{4};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string exported(const Document& document, ExportFormat format) {
    Result<ExportedFile> file = export_document(document, format);
    INFO((file ? std::string() : file.error().message));
    REQUIRE(file.ok());
    return file->content;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    size_t begin = 0;
    for (size_t end; (end = text.find('\n', begin)) != std::string::npos; begin = end + 1)
        out.push_back(text.substr(begin, end - begin));
    return out;
}

Article article(std::string name, std::string language, std::vector<std::string> sentences) {
    Article a;
    a.name = std::move(name);
    a.language = std::move(language);
    for (const std::string& s : sentences) {
        Sentence sentence;
        sentence.span.begin = uint32_t(a.text.size());
        a.text += s;
        sentence.span.end = uint32_t(a.text.size());
        a.text += ' ';
        a.sentences.push_back(sentence);
    }
    return a;
}

AlignedRow aligned(std::vector<std::vector<uint32_t>> sentences) {
    AlignedRow row;
    row.sentences = std::move(sentences);
    return row;
}
} // namespace

TEST_CASE("TSV fields with a quote, a tab or a line break are quoted as RFC 4180 asks") {
    CHECK(tsv_field("plain text, with commas") == "plain text, with commas");
    CHECK(tsv_field("he said \"no\"") == "\"he said \"\"no\"\"\"");
    CHECK(tsv_field("a\tb") == "\"a\tb\"");
    CHECK(tsv_field("line\r\nbreak") == "\"line\r\nbreak\"");
    CHECK(tsv_field("") == "");
}

TEST_CASE("TSV of rows: a header of names, one line per row, one column per article") {
    const std::vector<Article> articles = {article("a \"kk\".txt", "kk", {"Бір.", "Екі\tүш."}),
                                           article("b.txt", "ru", {"Один.", "Два.", "Три."})};
    const std::string tsv = rows_tsv(articles, {aligned({{0}, {0}}), aligned({{1}, {1, 2}}), aligned({{}, {}})});
    CHECK(tsv == "\"a \"\"kk\"\".txt\"\tb.txt\n"
                 "Бір.\tОдин.\n"
                 "\"Екі\tүш.\"\tДва. Три.\n"
                 "\t\n");
}

TEST_CASE("TMX of rows: one unit per row, one variant per article present, in its language") {
    const std::vector<Article> articles = {article("a", "kk", {"Иран & АҚШ."}), article("b", "", {"<b>"})};
    const std::string tmx = rows_tmx(articles, {aligned({{0}, {0}}), aligned({{}, {}}), aligned({{}, {0}})});
    CHECK(contains(tmx, "<tmx version=\"1.4\">"));
    CHECK(contains(tmx, "srclang=\"kk\""));
    CHECK(contains(tmx, "<tu tuid=\"1\">\n      <tuv xml:lang=\"kk\"><seg>Иран &amp; АҚШ.</seg></tuv>\n"
                        "      <tuv xml:lang=\"und\"><seg>&lt;b&gt;</seg></tuv>\n    </tu>"));
    CHECK(contains(tmx, "<tu tuid=\"3\">\n      <tuv xml:lang=\"und\"><seg>&lt;b&gt;</seg></tuv>\n    </tu>"));
}

TEST_CASE("the TSV export is the document's rows, an edit included") {
    Document document = demo_document();
    const uint32_t last_russian = document.state().find(russian)->sentence_count() - 1;
    apply_ok(document, LinkSentences{{russian, last_russian}, {kazakh, 0}});
    const std::vector<std::string> tsv = lines(exported(document, ExportFormat::Tsv));
    REQUIRE(tsv.size() == document.state().rows.size() + 1);
    CHECK(tsv[0] == demo_files()[0] + "\t" + demo_files()[1]);
    const DocumentState& state = document.state();
    const size_t r = row_of(document, kazakh, 0);
    const std::string russian_last = std::string(state.find(russian)->article().sentence_text(last_russian));
    CHECK(contains(tsv[r + 1], russian_last));
    CHECK(tsv[r + 1].rfind(std::string(state.find(kazakh)->article().sentence_text(0)), 0) == 0);
}

TEST_CASE("the TMX export has one unit per row of the document, an edit included") {
    Document document = demo_document();
    apply_ok(document, UnlinkSentence{{kazakh, 0}});
    apply_ok(document, RenameArticle{kazakh, "Kazinform"});
    const std::string tmx = exported(document, ExportFormat::Tmx);
    size_t units = 0;
    for (size_t p = tmx.find("<tu "); p != std::string::npos; p = tmx.find("<tu ", p + 1)) ++units;
    CHECK(units == document.state().rows.size());
    // The unlinked Kazakh title stands alone in its unit.
    const size_t r = row_of(document, kazakh, 0);
    const std::string unit = "<tu tuid=\"" + std::to_string(r + 1) + "\">\n      <tuv xml:lang=\"kk\"><seg>";
    const size_t at = tmx.find(unit);
    REQUIRE(at != std::string::npos);
    CHECK(tmx.compare(tmx.find("</tuv>\n", at) + 7, 10, "    </tu>\n") == 0);
}

TEST_CASE("the JSON and text exports list the rows as edited, with facts worked out from them") {
    Document document = demo_document();
    apply_ok(document, RenameArticle{russian, "Kazinform (ru)"});
    const size_t rows = document.state().rows.size();
    apply_ok(document, MergeWithNextRow{0});
    const nlohmann::json json = nlohmann::json::parse(exported(document, ExportFormat::Json));
    REQUIRE(json["rows"].size() == rows - 1);
    CHECK(json["rows"][0]["sentences"] == document.state().rows[0].sentences);
    CHECK(json["articles"][1]["name"] == "Kazinform (ru)");
    // The merged row carries the facts of both rows it was made of.
    CHECK(json["rows"][0]["facts"].size() >= 2);

    const std::string text = exported(document, ExportFormat::Text);
    CHECK(contains(text, "B  Kazinform (ru) [ru]"));
    CHECK(contains(text, "#" + std::to_string(rows - 1) + "  ("));
    CHECK_FALSE(contains(text, "#" + std::to_string(rows) + "  ("));
}

TEST_CASE("export names its formats and needs two compared articles") {
    CHECK(parse_export_format("tmx") == ExportFormat::Tmx);
    CHECK_FALSE(parse_export_format("pdf").has_value());
    Document document = demo_document();
    apply_ok(document, RemoveArticle{kazakh});
    CHECK_FALSE(export_document(document, ExportFormat::Tsv).ok());
    (void)turkish;
}
