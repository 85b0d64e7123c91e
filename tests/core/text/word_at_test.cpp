// Double-click selects a word in any of the reader's scripts.
#include <catch2/catch.hpp>

#include "core/text/word_at.h"

using namespace synoptic;

namespace {
std::string word(std::string_view text, uint32_t index) { return code_point_slice(text, word_at(text, index)); }
} // namespace

TEST_CASE("the word around a letter, in Cyrillic, Kazakh, Turkish and Arabic") {
    CHECK(word("Аббас Арагчи охарактеризовал", 8) == "Арагчи");
    CHECK(word("Иран мен АҚШ Омандағы келіссөзін", 15) == "Омандағы");
    CHECK(word("Dışişleri Bakanı Erakçı", 19) == "Erakçı");
    CHECK(word("وزير الخارجية عباس عراقجي", 20) == "عراقجي");
    CHECK(word("12-дневного конфликта", 0) == "12");
}

TEST_CASE("a space, a punctuation mark or a place beyond the text is no word") {
    CHECK(word_at("Иран и США", 4).start == word_at("Иран и США", 4).end);
    CHECK(word("«хорошее начало»", 0).empty());
    CHECK(word("short", 99).empty());
}

TEST_CASE("a slice counts code points, not bytes") {
    CHECK(code_point_slice("Ақорда", {1, 4}) == "қор");
    CHECK(code_point_slice("abc", {2, 10}) == "c");
}
