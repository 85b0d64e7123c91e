// Language identification on the seeds' paragraphs and on news-style
// sentences in the other languages Synoptic must tell apart.
#include <catch2/catch.hpp>

#include "core/ingest/read_article.h"
#include "core/langid/language_identifier.h"
#include "support/seed_languages.h"
#include "support/test_files.h"

using namespace synoptic;

namespace {

Article read_seed(const char* name) {
    Result<Article> a = read_article(test::read_file(test::seed_path(name)), {});
    REQUIRE(a.ok());
    return std::move(a).value();
}

} // namespace

TEST_CASE("each seed is identified as its language with confidence") {
    for (const auto& [name, language] : test::seed_languages) {
        const Article a = read_seed(name);
        INFO(name);
        CHECK(a.language == language);
        CHECK(a.language_confidence > 0.7f);
        CHECK_FALSE(a.language_overridden);
    }
}

TEST_CASE("the English tweets inside the Kazakh article are English, the rest Kazakh") {
    const Article a = read_seed("000_84709defd8457a92.txt");
    for (const Paragraph& p : a.paragraphs) {
        const std::string_view text = a.slice(p.span);
        const bool english = test::is_english_tweet(text);
        INFO(text);
        CHECK(p.language == (english ? "en" : "kk"));
    }
    // Sentences carry their paragraph's language.
    for (const Sentence& s : a.sentences) CHECK(s.language == a.paragraphs[s.paragraph].language);
}

TEST_CASE("Kazakh and Russian are not confused, paragraph by paragraph") {
    for (const char* name : {"000_84709defd8457a92.txt", "001_e7239c642e9fa5fc.txt", "002_970eac684697c81d.txt"}) {
        const Article a = read_seed(name);
        for (const Paragraph& p : a.paragraphs) {
            if (p.language == "en") continue;
            INFO(a.slice(p.span));
            CHECK(p.language == a.language);
        }
    }
    // Short captions and bylines take the article's language.
    const Article ru = read_seed("001_e7239c642e9fa5fc.txt");
    CHECK(ru.paragraphs.back().language == "ru"); // "Арсен Утешев"
}

TEST_CASE("news sentences in the other supported languages") {
    struct Case {
        const char* language;
        const char* text;
    };
    const Case cases[] = {
        {"en", "Iran and the United States held indirect talks in Muscat on Friday, the foreign minister said."},
        {"de", "Die Gespräche zwischen Iran und den USA sollen nach Angaben des Außenministers bald fortgesetzt werden."},
        {"fr", "Les négociations entre l'Iran et les États-Unis se sont tenues vendredi à Mascate, selon le ministre."},
        {"uk", "Іран і США провели непрямі переговори в Маскаті, повідомив міністр закордонних справ."},
        {"fa", "ایران و آمریکا روز جمعه در مسقط مذاکرات غیرمستقیم برگزار کردند و وزیر خارجه گفت که گفتگوها ادامه می‌یابد."},
        {"ar", "عقدت إيران والولايات المتحدة محادثات غير مباشرة في مسقط يوم الجمعة، حسبما أفاد وزير الخارجية."},
        {"tr", "İran ile ABD arasındaki dolaylı görüşmeler Cuma günü Maskat'ta yapıldı, Dışişleri Bakanı açıkladı."},
        {"kk", "Иран мен АҚШ жұма күні Маскатта жанама келіссөз жүргізді, деп хабарлады сыртқы істер министрі."},
        {"ru", "Иран и США провели в пятницу непрямые переговоры в Маскате, сообщил министр иностранных дел."},
    };
    for (const Case& c : cases) {
        const LanguageGuess g = identify_language(c.text);
        INFO(c.text);
        CHECK(g.language == c.language);
        CHECK(g.confidence > 0.5f);
    }
}

TEST_CASE("text without letters is undetermined") {
    CHECK(identify_language("07.02.2026 00:06").language == "und");
    CHECK(identify_language("").confidence == 0.f);
    CHECK(identify_language("https://t.co/9oJcvUCXiW @IrnaEnglish").language == "und");
}
