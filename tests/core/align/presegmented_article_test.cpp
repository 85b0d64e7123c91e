// Text cut one sentence a line (`synoptic align --presegmented`) from a
// user's file: decoded as every reader decodes, never ill-formed UTF-8 in the
// article (a fuzzer found such bytes reaching the TSV and TMX exports).
#include <catch2/catch.hpp>

#include <string>

#include "core/align/presegmented_article.h"
#include "core/text/utf8.h"

using namespace synoptic;

TEST_CASE("a presegmented file with bad bytes becomes valid UTF-8 and says what was replaced") {
    const std::string bytes = "Valid start. \xC3\x28 broken \xE2\x82 here.\n\xF0\x9F\x98";
    Result<Article> a = read_presegmented_article(bytes, "bad.txt");
    REQUIRE(a);
    CHECK(is_valid_utf8(a->text));
    REQUIRE(a->sentences.size() == 2);
    CHECK(a->sentence_text(0).substr(0, 12) == "Valid start.");
    REQUIRE_FALSE(a->warnings.empty());
    CHECK(a->warnings.front().find("UTF-8") != std::string::npos);
}

TEST_CASE("a presegmented file in windows-1251 reads as Cyrillic, one sentence a line") {
    // "Иран и США.\nПереговоры.\n" in windows-1251
    const std::string bytes = "\xC8\xF0\xE0\xED \xE8 \xD1\xD8\xC0.\n\xCF\xE5\xF0\xE5\xE3\xEE\xE2\xEE\xF0\xFB.\n";
    Result<Article> a = read_presegmented_article(bytes, "cp1251.txt");
    REQUIRE(a);
    REQUIRE(a->sentences.size() == 2);
    CHECK(a->sentence_text(0) == "Иран и США.");
    CHECK(a->sentence_text(1) == "Переговоры.");
}

TEST_CASE("a binary or empty file given as presegmented text is refused with a message") {
    Result<Article> pdf = read_presegmented_article("%PDF-1.7\n\x00\x01\x02 binary", "paper.pdf");
    REQUIRE_FALSE(pdf);
    CHECK_FALSE(pdf.error().message.empty());
    Result<Article> empty = read_presegmented_article("", "empty.txt");
    REQUIRE_FALSE(empty);
    CHECK_FALSE(empty.error().message.empty());
}

TEST_CASE("text made by the program keeps its lines, and ill-formed bytes cannot slip through") {
    const Article a = presegmented_article("One.\r\n\r\n  Two \xFF.\n", "made.txt", "en");
    CHECK(is_valid_utf8(a.text));
    REQUIRE(a.sentences.size() == 2);
    CHECK(a.sentence_text(0) == "One.");
    CHECK(a.language == "en");
}
