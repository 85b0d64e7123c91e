#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/search/word_split.h"

using namespace synoptic;

namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (const WordSpan& w : split_words(text)) out.emplace_back(text.substr(w.begin_byte, w.end_byte - w.begin_byte));
    return out;
}

} // namespace

TEST_CASE("Words end at apostrophes, hyphens and between letters and digits") {
    CHECK(words_of("Maskat'ta 12-дневного S-300, 18th") ==
          std::vector<std::string>{"Maskat", "ta", "12", "дневного", "S", "300", "18", "th"});
}

TEST_CASE("Word offsets are counted in code points of the text") {
    const std::string text = "Аббас Арагчи: «Erakçı»";
    const std::vector<WordSpan> words = split_words(text);
    REQUIRE(words.size() == 3);
    CHECK(words[1].begin == 6);
    CHECK(words[1].end == 12);
    CHECK(words[2].begin == 15);
    CHECK(words[2].end == 21);
    CHECK(text.substr(words[2].begin_byte, words[2].end_byte - words[2].begin_byte) == "Erakçı");
}

TEST_CASE("Arabic vowel marks stay inside their word and Arabic-Indic digits are digits") {
    const std::string text = "عُمان ١٢";
    const std::vector<WordSpan> words = split_words(text);
    REQUIRE(words.size() == 2);
    CHECK(words[0].end == 5); // ع, damma, م, ا, ن
    CHECK(words[1].digits);
}

TEST_CASE("A word knows whether only spaces and hyphens stand before it") {
    const std::vector<WordSpan> words = split_words("twenty-five, six");
    REQUIRE(words.size() == 3);
    CHECK_FALSE(words[0].spaced);
    CHECK(words[1].spaced);
    CHECK_FALSE(words[2].spaced);
}
