#include <catch2/catch.hpp>

#include "core/text/direction.h"

using namespace synoptic;

TEST_CASE("Arabic, Persian and Hebrew are written right to left, Kazakh, Russian and Turkish are not") {
    for (const char* language : {"ar", "fa", "he", "ur", "ar-EG", "ckb"}) CHECK(is_right_to_left_language(language));
    for (const char* language : {"kk", "ru", "tr", "en", "und", "", "a", "arn"}) CHECK_FALSE(is_right_to_left_language(language));
    CHECK(std::string(direction_name(Direction::RightToLeft)) == "rtl");
    CHECK(std::string(direction_name(Direction::LeftToRight)) == "ltr");
}

TEST_CASE("a text runs as most of its letters do, and as told when it has none") {
    CHECK(direction_of_text("سلطنة عمان تحتضن مباحثات", Direction::LeftToRight) == Direction::RightToLeft);
    CHECK(direction_of_text("CNN: سلطنة عمان تحتضن مباحثات", Direction::LeftToRight) == Direction::RightToLeft);
    CHECK(direction_of_text("Reuters reported 12 talks", Direction::RightToLeft) == Direction::LeftToRight);
    CHECK(direction_of_text("Иран мен АҚШ", Direction::RightToLeft) == Direction::LeftToRight);
    CHECK(direction_of_text("12.05.2024 — 3%", Direction::RightToLeft) == Direction::RightToLeft);
    CHECK(direction_of_text("", Direction::LeftToRight) == Direction::LeftToRight);
}

TEST_CASE("an article runs as its language does, and as its letters when its language is unknown") {
    CHECK(direction_of_article("ar", "Oman") == Direction::RightToLeft);
    CHECK(direction_of_article("kk", "عمان") == Direction::LeftToRight);
    CHECK(direction_of_article("und", "سلطنة عمان") == Direction::RightToLeft);
    CHECK(direction_of_article("", "Oman") == Direction::LeftToRight);
}
