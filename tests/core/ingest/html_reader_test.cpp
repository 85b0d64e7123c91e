// Pages saved from news sites: exactly the article text survives, and the
// page's metadata is read. The pages in tests/data/ingest are built in the
// style of Kazinform and sondakika.com (Anadolu) pages around the seeds' text.
#include <catch2/catch.hpp>

#include "core/ingest/read_article.h"
#include "support/article_texts.h"
#include "support/test_files.h"

using namespace synoptic;
using test::paragraph_texts;

namespace {

// The non-empty lines of a seed after its header line.
std::vector<std::string> seed_body_lines(const char* name) {
    const std::string text = test::read_file(test::seed_path(name));
    std::vector<std::string> lines;
    size_t pos = text.find('\n') + 1;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(pos, end - pos);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        if (!line.empty()) lines.push_back(line);
        pos = end + 1;
    }
    return lines;
}

Article read_page(const char* file) {
    ReadOptions options;
    options.name = file;
    Result<Article> a = read_article(test::read_file(test::data_path(std::string("ingest/") + file)), options);
    if (!a) FAIL(a.error().message);
    return std::move(a).value();
}

} // namespace

TEST_CASE("Kazinform-style page: the article body and nothing else") {
    const Article a = read_page("kazinform_kk.html");
    std::vector<std::string> expected = {"Иран мен АҚШ Омандағы келіссөзін аяқтады"};
    for (const std::string& line : seed_body_lines("000_84709defd8457a92.txt")) expected.push_back(line);
    CHECK(paragraph_texts(a) == expected);
    CHECK(a.meta.title == "Иран мен АҚШ Омандағы келіссөзін аяқтады");
    CHECK(a.meta.source == "Kazinform");
    CHECK(a.meta.date == "2026-02-07");
    CHECK(a.meta.author == "Kazinform");
    CHECK(a.meta.language_tag == "kk");
    CHECK(a.meta.url == "https://www.inform.kz/kz/iran-men-aqsh-omandagy-kelissozin-ayaqtady");
    CHECK(a.language == "kk");
    // The embedded tweets are English paragraphs inside the Kazakh article.
    CHECK(a.paragraphs[6].language == "en");
}

TEST_CASE("sondakika-style page: spot, paragraphs, subheading, no menus, tags, comments or related news") {
    const Article a = read_page("sondakika_tr.html");
    std::vector<std::string> lines = seed_body_lines("003_292c7b092348037e.txt");
    // The page shows the title as <h1>, the date in a <time> outside the
    // body, and the tag list as links: the seed has all three as lines.
    std::vector<std::string> expected = {lines[0]};
    for (size_t i = 2; i + 1 < lines.size(); ++i) expected.push_back(lines[i]);
    // "Kaynak:\u00A0AA": the reader collapses HTML whitespace, no-break spaces included.
    REQUIRE(expected.back() == "Kaynak:\xC2\xA0" "AA");
    expected.back() = "Kaynak: AA";
    CHECK(paragraph_texts(a) == expected);
    CHECK(a.meta.title == "Katar'dan ABD-İran Müzakerelerine Destek");
    CHECK(a.meta.source == "Son Dakika");
    CHECK(a.meta.date == "2026-02-07");
    CHECK(a.meta.author == "Anadolu Ajansı");
    CHECK(a.language == "tr");
}

TEST_CASE("a page that is all scripts has no article") {
    ReadOptions options;
    options.name = "all_scripts.html";
    Result<Article> a = read_article(test::read_file(test::data_path("ingest/all_scripts.html")), options);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.find("no article text") != std::string::npos);
}

TEST_CASE("HTML is recognised without a file name, and a page without <h1> takes og:title") {
    const std::string page =
        "<!DOCTYPE html><html lang=\"ru\"><head><title>Переговоры в Маскате | Новости</title>"
        "<meta property=\"og:title\" content=\"Переговоры в Маскате\"></head><body>"
        "<div class=\"text\"><p>Иран и США провели переговоры.</p><p>Они продолжатся.</p></div></body></html>";
    Result<Article> a = read_article(page, {});
    REQUIRE(a.ok());
    CHECK(paragraph_texts(*a) ==
          std::vector<std::string>{"Переговоры в Маскате", "Иран и США провели переговоры.", "Они продолжатся."});
}

TEST_CASE("teaser <article> cards do not win over the story's body") {
    std::string page = "<html><head><meta property=\"og:title\" content=\"Оман провел переговоры\"></head><body>"
                       "<div class=\"story\"><p>Первый абзац статьи о переговорах в Маскате, довольно длинный.</p>"
                       "<p>Второй абзац: стороны договорились продолжить консультации в ближайшие дни.</p>"
                       "<p>Третий абзац с подробностями о составе делегаций и позиции сторон.</p></div>";
    for (int i = 0; i < 4; ++i) page += "<article class=\"card\"><p>Короткий анонс другой новости.</p></article>";
    page += "</body></html>";
    Result<Article> a = read_article(page, {});
    REQUIRE(a.ok());
    REQUIRE(a->paragraphs.size() == 4);
    CHECK(a->slice(a->paragraphs[0].span) == "Оман провел переговоры");
    CHECK(a->slice(a->paragraphs[1].span).substr(0, 12) == "Первый");
    for (const Paragraph& p : a->paragraphs) CHECK(a->slice(p.span).find("анонс") == std::string_view::npos);
}

TEST_CASE("a page's dateline and view counter are not article text, but give its date") {
    const Article a = read_page("dateline_ru.html");
    // "7 Февраля 2026, 10:15 1 245" and "Обновлено: 7 февраля 2026, 12:40" are
    // gone; the sentence that begins with a date stays.
    CHECK(paragraph_texts(a) ==
          std::vector<std::string>{
              "Иран и США завершили раунд переговоров в Омане",
              "7 февраля 2026 года в Маскате прошли переговоры делегаций Ирана и США при посредничестве Омана.",
              "Министр иностранных дел Ирана Аббас Арагчи назвал встречу «хорошим началом».",
              "Стороны договорились продолжить консультации на следующей неделе."});
    CHECK(a.meta.date == "2026-02-07");
    CHECK(a.language == "ru");
}
