#include <catch2/catch.hpp>

#include "core/text/normalize.h"
#include "core/text/tokenize.h"
#include "core/text/transliterate.h"

using synoptic::normalize_for_matching;

TEST_CASE("Turkish dotted and dotless I fold the Turkish way only in Turkish") {
    CHECK(normalize_for_matching("İran'ın", "tr") == "iran'ın");
    CHECK(normalize_for_matching("ISTANBUL", "tr") == "ıstanbul");
    CHECK(normalize_for_matching("ISTANBUL", "en") == "istanbul");
}

TEST_CASE("Arabic marks, tatweel and letter variants are unified") {
    // عُمان (Oman, with damma) and عمّان (Amman, with shadda) both lose their marks.
    CHECK(normalize_for_matching("عُمان", "ar") == normalize_for_matching("عمّان", "ar"));
    CHECK(normalize_for_matching("إيران", "ar") == "ايران");
    CHECK(normalize_for_matching("الأمـــريكية", "ar") == "الامريكيه");
    CHECK(normalize_for_matching("مبنى", "ar") == "مبني");
}

TEST_CASE("Arabic-Indic and Persian digits and separators become ASCII") {
    CHECK(normalize_for_matching("١٬٠٠٠٫٥", "ar") == "1,000.5");
    CHECK(normalize_for_matching("۲۰۲۵", "fa") == "2025");
}

TEST_CASE("Quotes, dashes and ё are unified") {
    CHECK(normalize_for_matching("«хороший старт» — трёх", "ru") == "\"хороший старт\" - трех");
    CHECK(normalize_for_matching("“good start”", "en") == "\"good start\"");
}

TEST_CASE("Word tokens keep byte spans into the text") {
    std::string text = "Оман СІМ басшысы 12-дневного";
    auto tokens = synoptic::tokenize_words(text, "kk", 100);
    REQUIRE(tokens.size() >= 4);
    CHECK(tokens[0].norm == "оман");
    CHECK(tokens[0].capitalized);
    CHECK(tokens[1].all_caps);
    CHECK(text.substr(tokens[1].span.begin - 100, tokens[1].span.size()) == "СІМ");
    CHECK(tokens[3].kind == synoptic::TokenKind::Number);
}

TEST_CASE("Spellings of one name across scripts share a phonetic key, different names do not") {
    using synoptic::phonetic_key;
    using synoptic::to_latin_ascii;
    auto key = [](const char* word, const char* lang) {
        return phonetic_key(to_latin_ascii(normalize_for_matching(word, lang), lang));
    };
    const std::string araghchi = key("Araghchi", "en");
    CHECK(key("Арагчи", "ru") == araghchi);
    CHECK(key("Аракчи", "ru") == araghchi);
    CHECK(key("Erakçı", "tr") == araghchi);
    CHECK(key("عراقجي", "ar") == araghchi);
    CHECK(key("Уиткофф", "ru") == key("Witkoff", "en"));
    CHECK(key("Трамп", "ru") == key("ترامب", "ar"));
    CHECK(key("Вашингтон", "kk") == key("واشنطن", "ar"));
    CHECK(key("Кушнер", "ru") != araghchi);
    CHECK(key("Кушнер", "ru") != key("Трамп", "ru"));
    CHECK(key("Қазақстан", "kk") == key("Kazakhstan", "en"));
}
