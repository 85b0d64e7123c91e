// The HTML report is made from the document's rows, like every export, and
// carries untrusted article text: it must show it, never run or fetch it.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "core/export/html_text.h"
#include "core/session/document_export.h"
#include "session_fixture.h"

using namespace synoptic;
using namespace synoptic::test;

namespace {
const ArticleId kazakh{1}, russian{2}, arabic{5};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string report(const Document& document) {
    Result<ExportedFile> file = export_document(document, ExportFormat::Html);
    INFO((file ? std::string() : file.error().message));
    REQUIRE(file.ok());
    CHECK(file->file_name == "synoptic-report.html");
    CHECK(file->mime_type == "text/html");
    return file->content;
}

// The body of the rows' table: one <tr> per row.
std::string rows_body(const std::string& html) {
    const size_t table = html.find("<table class=\"rows\">");
    REQUIRE(table != std::string::npos);
    const size_t begin = html.find("<tbody>", table), end = html.find("</tbody>", table);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    return html.substr(begin, end - begin);
}

std::vector<std::string> table_rows(const std::string& body) {
    std::vector<std::string> rows;
    for (size_t at = body.find("<tr"); at != std::string::npos; at = body.find("<tr", at + 1))
        rows.push_back(body.substr(at, body.find("</tr>", at) - at));
    return rows;
}

// The sentences as the report writes them, in its order.
std::vector<std::string> written_sentences(const std::string& body) {
    std::vector<std::string> sentences;
    const std::string open = "<bdi class=\"s\">";
    for (size_t at = body.find(open); at != std::string::npos; at = body.find(open, at + 1)) {
        const size_t begin = at + open.size();
        sentences.push_back(body.substr(begin, body.find("</bdi>", begin) - begin));
    }
    return sentences;
}

// Every tag of the page: what is between a '<' and the next '>' (text has
// none of either left unescaped).
std::vector<std::string> tags(const std::string& html) {
    std::vector<std::string> out;
    for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1))
        out.push_back(html.substr(at, html.find('>', at) + 1 - at));
    return out;
}

// Tags the report writes, and nothing that runs, embeds or links.
void check_only_report_tags(const std::string& html) {
    static const std::set<std::string> allowed = {
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p",  "section", "table",
        "colgroup", "col", "thead", "tbody", "tr", "th", "td", "span", "div", "bdi", "ul", "li", "i", "footer"};
    const std::regex name("^</?([!A-Za-z0-9]+)");
    for (const std::string& tag : tags(html)) {
        std::smatch m;
        REQUIRE(std::regex_search(tag, m, name));
        INFO(tag);
        CHECK(allowed.count(m[1].str()) == 1);
        CHECK_FALSE(contains(tag, "src="));
        CHECK_FALSE(contains(tag, "href="));
        CHECK_FALSE(contains(tag, "http:"));
        CHECK_FALSE(contains(tag, "https:"));
        CHECK_FALSE(contains(tag, " on"));
    }
    const std::string style = html.substr(html.find("<style>"), html.find("</style>") - html.find("<style>"));
    CHECK_FALSE(contains(style, "url("));
    CHECK_FALSE(contains(style, "@import"));
    CHECK_FALSE(contains(style, "@font-face"));
}

AddArticle hostile_article() {
    const std::string bytes = "Hostile report <script>alert(1)</script> in the first sentence.\n\n"
                              "The second says \"><img src=x onerror=alert(1)> and more.\n\n"
                              "The third turns \u202Eevil text\u202C around.\n";
    // A name can hide its real end behind an override ("report\u202Etxt.exe").
    return AddArticle{"\"><b>hostile</b>\u202Etxt.exe.txt", bytes, "en", InputFormat::Auto};
}
} // namespace

TEST_CASE("the HTML report holds every sentence of the compared articles once, in row order") {
    const Document& document = demo_document();
    const std::string html = report(document);
    const DocumentState& state = document.state();
    std::vector<std::string> expected;
    for (const Row& row : state.rows)
        for (size_t k = 0; k < state.compared.size(); ++k)
            for (uint32_t s : row.sentences[k]) expected.push_back(html_escape(state.column_article(k).article().sentence_text(s)));
    CHECK(expected.size() == state.find(kazakh)->sentence_count() + state.find(russian)->sentence_count());
    const std::string body = rows_body(html);
    CHECK(written_sentences(body) == expected);
    CHECK(table_rows(body).size() == state.rows.size());
}

TEST_CASE("the HTML report names the compared articles with their titles, sources, languages and dates") {
    const Document& document = demo_document();
    const std::string html = report(document);
    for (size_t k = 0; k < 2; ++k) {
        const Article& article = document.state().column_article(k).article();
        REQUIRE_FALSE(article.meta.title.empty());
        CHECK(contains(html, html_escape(article.meta.title)));
        CHECK(contains(html, demo_files()[k]));
        CHECK(contains(html, "<td class=\"short\">" + article.language + "</td>"));
        CHECK(contains(html, article.meta.date));
    }
    CHECK(contains(html, ">kk</td>"));
    CHECK(contains(html, ">ru</td>"));
    CHECK(contains(html, "<h2>Facts</h2>"));
    CHECK(contains(html, "<h2>Conflicts</h2>"));
}

TEST_CASE("an unlinked sentence makes two rows in the HTML report, both marked edited") {
    Document document = demo_document();
    const size_t rows = document.state().rows.size();
    const size_t r = row_of(document, kazakh, 0);
    REQUIRE_FALSE(document.state().rows[r].sentences[1].empty());
    apply_ok(document, UnlinkSentence{{kazakh, 0}});
    REQUIRE(document.state().rows.size() == rows + 1);
    const std::vector<std::string> report_rows = table_rows(rows_body(report(document)));
    REQUIRE(report_rows.size() == rows + 1);
    const size_t alone = row_of(document, kazakh, 0);
    CHECK(contains(report_rows[alone], "edited-row"));
    CHECK(contains(report_rows[alone], "<span class=\"tag edited\">edited</span>"));
    CHECK(contains(report_rows[alone], "in one only"));
    const std::string kazakh_title = html_escape(document.state().find(kazakh)->article().sentence_text(0));
    CHECK(contains(report_rows[alone], kazakh_title));
    // The Russian sentences it stood with stay in a row of their own.
    const uint32_t partner = document.state().rows[r == alone ? r + 1 : r].sentences[1].front();
    const size_t other = row_of(document, russian, partner);
    CHECK(other != alone);
    CHECK_FALSE(contains(report_rows[other], kazakh_title));
    CHECK(contains(report_rows[other], "edited-row"));
}

TEST_CASE("a row whose articles give a fact two values is marked disagree, with the reason, in the HTML report") {
    Document document;
    const std::string rest = " round of talks in Muscat on Friday.\n\nThe delegations will meet again next week.\n";
    apply_ok(document, AddArticle{"twelve.txt", "Iran and the US ended a 12-day" + rest, "en", InputFormat::Auto});
    apply_ok(document, AddArticle{"thirteen.txt", "Iran and the US ended a 13-day" + rest, "en", InputFormat::Auto});
    apply_ok(document, SetCompared{{ArticleId{1}, ArticleId{2}}});
    align(document);
    const std::string html = report(document);
    const std::vector<std::string> report_rows = table_rows(rows_body(html));
    REQUIRE(report_rows.size() == 2);
    CHECK(report_rows[0].rfind("<tr class=\"disagree\">", 0) == 0);
    CHECK(contains(report_rows[0], "<li>A/B: <bdi>number 12 vs 13</bdi></li>"));
    CHECK(report_rows[1].rfind("<tr class=\"in-all\">", 0) == 0);
    CHECK(contains(html, "1 conflict."));
    CHECK(contains(html, "<td>A: <span lang=\"en\" dir=\"ltr\"><bdi>12</bdi></span></td>"));
    CHECK(contains(html, "<td>B: <span lang=\"en\" dir=\"ltr\"><bdi>13</bdi></span></td>"));
}

TEST_CASE("a checked row is marked checked in the HTML report") {
    Document document = demo_document();
    apply_ok(document, MarkRowChecked{2, true});
    const std::vector<std::string> report_rows = table_rows(rows_body(report(document)));
    CHECK(contains(report_rows[2], "<span class=\"tag checked\">checked</span>"));
    CHECK_FALSE(contains(report_rows[1], "tag checked"));
}

TEST_CASE("an Arabic column of the HTML report runs right to left, cell by cell") {
    Document document = demo_document();
    apply_ok(document, SetCompared{{kazakh, arabic}});
    align(document);
    const std::string html = report(document);
    const std::string body = rows_body(html);
    const Article& article = document.state().find(arabic)->article();
    const std::string first = "<bdi class=\"s\">" + html_escape(article.sentence_text(0)) + "</bdi>";
    const size_t at = body.find(first);
    REQUIRE(at != std::string::npos);
    const size_t cell = body.rfind("<td", at);
    CHECK(body.substr(cell, at - cell) == "<td lang=\"ar\" dir=\"rtl\">");
    CHECK(contains(body, "<td lang=\"kk\" dir=\"ltr\">"));
    CHECK_FALSE(contains(body, "lang=\"kk\" dir=\"rtl\""));
    check_only_report_tags(html);
}

TEST_CASE("a hostile article comes out of the HTML report as text that neither runs nor reorders the page") {
    Document document = demo_document();
    const ArticleId hostile = apply_ok(document, hostile_article()).added.at(0);
    apply_ok(document, SetCompared{{russian, hostile}});
    align(document);
    const std::string html = report(document);
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK_FALSE(contains(html, "<b>"));
    CHECK_FALSE(contains(html, "\u202E"));
    CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    // Reading drops the override from the article's text (decode.h); the
    // name keeps it, and the report shows it by name.
    CHECK(contains(html, "evil text"));
    CHECK(contains(html, "&quot;&gt;&lt;b&gt;hostile&lt;/b&gt;[U+202E]txt.exe.txt"));
    check_only_report_tags(html);
    // Neither article holds a URL, and the report adds none.
    CHECK_FALSE(contains(html, "http:"));
    CHECK_FALSE(contains(html, "https:"));
}

TEST_CASE("the HTML report fetches nothing: a URL in an article stays text") {
    const std::string html = report(demo_document());
    check_only_report_tags(html);
    // The Kazakh article quotes a tweet with its link.
    CHECK(contains(html, "https://t.co/9oJcvUCXiW"));
    CHECK_FALSE(contains(html, "<a "));
    CHECK(contains(html, "Content-Security-Policy"));
}

TEST_CASE("the HTML report prints: rows kept whole, headers repeated, A4 or Letter margins") {
    const std::string html = report(demo_document());
    CHECK(contains(html, "thead { display: table-header-group; }"));
    CHECK(contains(html, "break-inside: avoid"));
    CHECK(contains(html, "@page { size: auto; margin: 12mm; }"));
    CHECK(contains(html, "@media print"));
    CHECK_FALSE(contains(html, "size: landscape"));
}

TEST_CASE("html is an export format") {
    CHECK(parse_export_format("html") == ExportFormat::Html);
    CHECK(std::string(export_format_name(ExportFormat::Html)) == "html");
}
