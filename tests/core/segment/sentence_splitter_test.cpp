// The corrections news text needs on top of ICU's sentence rules, each on
// text of the kind the seeds contain.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/segment/sentence_splitter.h"

using namespace synoptic;

namespace {

std::vector<std::string> split(const std::string& text, const char* language) {
    std::vector<std::string> out;
    for (const ByteSpan& s : split_sentences(text, {0, static_cast<uint32_t>(text.size())}, language))
        out.push_back(text.substr(s.begin, s.size()));
    return out;
}

using Sentences = std::vector<std::string>;

} // namespace

TEST_CASE("a Kazinform dateline stays with its sentence") {
    CHECK(split("АСТАНА.KAZINFORM - Тараптардың байланысы жалғасты. Келіссөз аяқталды.", "kk") ==
          Sentences{"АСТАНА.KAZINFORM - Тараптардың байланысы жалғасты.", "Келіссөз аяқталды."});
}

TEST_CASE("a dateline with a space after the city's full stop is not a sentence") {
    CHECK(split("АСТАНА. KAZINFORM – Президент подписал закон. Он вступит в силу.", "ru") ==
          Sentences{"АСТАНА. KAZINFORM – Президент подписал закон.", "Он вступит в силу."});
    // A short sentence in capitals elsewhere is still a sentence.
    CHECK(split("Он сказал это. НЕТ. Больше ничего.", "ru") == Sentences{"Он сказал это.", "НЕТ.", "Больше ничего."});
}

TEST_CASE("abbreviations before names do not end sentences") {
    CHECK(split("Встреча прошла в г. Алматы. Ее провел проф. Иванов.", "ru") ==
          Sentences{"Встреча прошла в г. Алматы.", "Ее провел проф. Иванов."});
    CHECK(split("Mr. Witkoff met Dr. Araghchi in Muscat. They talked.", "en") ==
          Sentences{"Mr. Witkoff met Dr. Araghchi in Muscat.", "They talked."});
    CHECK(split("Resolution No. 2231 was cited. He said no. Then he left.", "en") ==
          Sentences{"Resolution No. 2231 was cited.", "He said no.", "Then he left."});
    CHECK(split("Это сказал А. Смаилов. Он министр.", "ru") == Sentences{"Это сказал А. Смаилов.", "Он министр."});
    CHECK(split("Доклад, т.е. Отчет МИД, опубликован.", "ru") == Sentences{"Доклад, т.е. Отчет МИД, опубликован."});
}

TEST_CASE("a year or a unit after a number ends a sentence unless the next word continues it") {
    CHECK(split("Это было в 2025 г. Потом все изменилось.", "ru") ==
          Sentences{"Это было в 2025 г.", "Потом все изменилось."});
    CHECK(split("Бюджет 5 млн. АҚШ долларын құрады.", "kk") == Sentences{"Бюджет 5 млн. АҚШ долларын құрады."});
}

TEST_CASE("Turkish apostrophes and ordinals do not split") {
    CHECK(split("ABD'nin İran'a yönelik saldırıları sürdü. 2. Dünya Savaşı'ndan beri böyle.", "tr") ==
          Sentences{"ABD'nin İran'a yönelik saldırıları sürdü.", "2. Dünya Savaşı'ndan beri böyle."});
}

TEST_CASE("a dialogue dash and its reporting clause stay one sentence") {
    CHECK(split("— Это хорошее начало! — заявил Аббас Арагчи. Переговоры продолжатся.", "ru") ==
          Sentences{"— Это хорошее начало! — заявил Аббас Арагчи.", "Переговоры продолжатся."});
}

TEST_CASE("an embedded tweet keeps its attribution tail") {
    CHECK(split("Very serious talks in Muscat today.— Badr Albusaidi - بدر البوسعيدي (@badralbusaidi) February 6, 2026",
                "en") == Sentences{"Very serious talks in Muscat today.— Badr Albusaidi - بدر البوسعيدي "
                                   "(@badralbusaidi) February 6, 2026"});
    CHECK(split("We aim to reconvene in due course. pic.twitter.com/OWctzf2CXA", "en") ==
          Sentences{"We aim to reconvene in due course.", "pic.twitter.com/OWctzf2CXA"});
}

TEST_CASE("URLs, handles, dates, times and numbers do not split") {
    CHECK(split("See https://t.co/9oJc.vUCXiW and @IRNA.news now. Next one.", "en") ==
          Sentences{"See https://t.co/9oJc.vUCXiW and @IRNA.news now.", "Next one."});
    CHECK(split("07.02.2026 00:06 tarihinde 1.500.000 dolar ve 3,5 milyon ödendi. Sonra bitti.", "tr") ==
          Sentences{"07.02.2026 00:06 tarihinde 1.500.000 dolar ve 3,5 milyon ödendi.", "Sonra bitti."});
}

TEST_CASE("Arabic question marks end sentences, commas and semicolons do not") {
    CHECK(split("هل تنجح المحادثات؟ قال الوزير، إن الجولة القادمة قريبة؛ وأضاف أنها مهمة.", "ar") ==
          Sentences{"هل تنجح المحادثات؟", "قال الوزير، إن الجولة القادمة قريبة؛ وأضاف أنها مهمة."});
    CHECK(split("مباحثات بين الإدارة الأمريكية وإيران... لتجنب التصعيد بالمنطقة", "ar") ==
          Sentences{"مباحثات بين الإدارة الأمريكية وإيران... لتجنب التصعيد بالمنطقة"});
}

TEST_CASE("quotes closing a sentence followed by a lower-case verb stay together") {
    CHECK(split("Erakçı, \"İyi bir başlangıç.\" ifadesini kullanmıştı. Sonra döndü.", "tr") ==
          Sentences{"Erakçı, \"İyi bir başlangıç.\" ifadesini kullanmıştı.", "Sonra döndü."});
    CHECK(split("«Мы должны его преодолеть». Он добавил это.", "ru") ==
          Sentences{"«Мы должны его преодолеть».", "Он добавил это."});
}

TEST_CASE("spans exclude surrounding whitespace and offsets point into the text") {
    const std::string text = "  Первое.   Второе!  ";
    const auto spans = split_sentences(text, {0, static_cast<uint32_t>(text.size())}, "ru");
    REQUIRE(spans.size() == 2);
    CHECK(text.substr(spans[0].begin, spans[0].size()) == "Первое.");
    CHECK(text.substr(spans[1].begin, spans[1].size()) == "Второе!");
    CHECK(split_sentences("   ", {0, 3}, "ru").empty());
}
