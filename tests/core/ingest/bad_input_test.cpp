// Input no reader should choke on: each gets a clear error or a best-effort
// article with a warning. (Speed on 50 MB is measured in bench/segment.)
#include <catch2/catch.hpp>

#include "core/ingest/read_article.h"
#include "core/text/utf8.h"

using namespace synoptic;

namespace {

Result<Article> read(const std::string& bytes, const char* name = "input") {
    ReadOptions options;
    options.name = name;
    return read_article(bytes, options);
}

} // namespace

TEST_CASE("empty and binary files are refused with a message that says why") {
    CHECK(read("").error().message == "the file is empty");
    CHECK(read("%PDF-1.5\n1 0 obj\n").error().message == "looks like a binary file (PDF), not text");
    CHECK(read(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "photo.txt").error().message ==
          "looks like a binary file (PNG image), not text");
}

TEST_CASE("invalid UTF-8 and NUL bytes: best effort with warnings, valid text out") {
    Result<Article> a = read(std::string("Заголовок\n\nИран \xD0 и США.\0 Переговоры \xFF продолжатся.", 63));
    REQUIRE(a.ok());
    CHECK(is_valid_utf8(a->text));
    CHECK(a->warnings.size() == 2);
    CHECK(a->sentences.size() == 3);
    for (size_t i = 0; i < a->sentences.size(); ++i) CHECK(is_valid_utf8(a->sentence_text(i)));
}

TEST_CASE("bidi controls and zero-width characters leave the sentences, offsets stay valid") {
    const std::string text = "\xE2\x80\x8F" "عنوان الخبر\n\n"
                             "قال الوزير\xE2\x80\x8B إن المحادثات \xE2\x80\xAB" "مفيدة\xE2\x80\xAC" ". وأضاف أنها ستستمر.";
    Result<Article> a = read(text);
    REQUIRE(a.ok());
    REQUIRE(a->sentences.size() == 3);
    CHECK(a->sentence_text(0) == "عنوان الخبر");
    CHECK(a->sentence_text(1) == "قال الوزير إن المحادثات مفيدة.");
    CHECK(a->sentence_text(2) == "وأضاف أنها ستستمر.");
    CHECK(a->warnings == std::vector<std::string>{"removed 4 invisible bidi or zero-width characters"});
    for (const Sentence& s : a->sentences) CHECK(s.span.end <= a->text.size());
}

TEST_CASE("a page of scripts and markup only has no article") {
    Result<Article> a = read("<html><head><script>var a = '<p>x</p>';</script></head><body><script>go()</script>"
                             "<nav><a href='/'>Home</a></nav></body></html>",
                             "page.html");
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.find("no article text found") == 0);
}

TEST_CASE("pathologically nested HTML is refused instead of exhausting the stack") {
    std::string page = "<html><body>";
    for (int i = 0; i < 50000; ++i) page += "<b>";
    page += "text";
    Result<Article> a = read(page, "deep.html");
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.find("levels deep") != std::string::npos);
}

TEST_CASE("long inputs without structure still segment: one huge line, endless abbreviations") {
    std::string line;
    for (int i = 0; i < 200000; ++i) line += "слово ";
    Result<Article> a = read(line);
    REQUIRE(a.ok());
    CHECK(a->paragraphs.size() == 1);
    CHECK(a->sentences.size() == 1);
    std::string mr;
    for (int i = 0; i < 20000; ++i) mr += "Mr. Smith met Dr. Jones. ";
    Result<Article> b = read(mr);
    REQUIRE(b.ok());
    CHECK(b->sentences.size() == 20000);
}
