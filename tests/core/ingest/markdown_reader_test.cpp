#include <catch2/catch.hpp>

#include "core/ingest/markdown_reader.h"
#include "core/ingest/read_article.h"
#include "support/article_texts.h"

using namespace synoptic;
using test::paragraph_texts;

TEST_CASE("inline Markdown is reduced to its text") {
    CHECK(strip_inline_markdown("**Иран** и _США_ [провели](https://x.kz/a) `переговоры`") ==
          "Иран и США провели переговоры");
    CHECK(strip_inline_markdown("![фото](a.jpg)Подпись") == "Подпись");
    CHECK(strip_inline_markdown("snake_case and 2*3") == "snake_case and 2*3");
    CHECK(strip_inline_markdown("see <https://t.co/x>") == "see https://t.co/x");
}

TEST_CASE("Markdown: front matter, headings, wrapped paragraphs, lists and quotes") {
    const std::string md =
        "---\ntitle: \"Katar'dan destek\"\ndate: 2026-02-07\nsource: AA\n---\n"
        "# Katar'dan destek\n\n"
        "Katar, ABD ile **İran** arasındaki\nmüzakereleri destekliyor.\n\n"
        "## Açıklama\n\n"
        "- Birinci madde.\n- İkinci [madde](http://a.b).\n\n"
        "> \"İyi bir başlangıç.\"\n> dedi Erakçı.\n\n"
        "```\ncode();\n```\n";
    ReadOptions options;
    options.name = "x.md";
    Result<Article> a = read_article(md, options);
    REQUIRE(a.ok());
    CHECK(a->meta.title == "Katar'dan destek");
    CHECK(a->meta.date == "2026-02-07");
    CHECK(a->meta.source == "AA");
    CHECK(paragraph_texts(*a) == std::vector<std::string>{"Katar'dan destek",
                                                          "Katar, ABD ile İran arasındaki müzakereleri destekliyor.",
                                                          "Açıklama", "Birinci madde.", "İkinci madde.",
                                                          "\"İyi bir başlangıç.\" dedi Erakçı."});
}

TEST_CASE("emphasis markers go when they pair, also next to punctuation") {
    CHECK(strip_inline_markdown("**Etiketler:** İran, ABD, Umman") == "Etiketler: İran, ABD, Umman");
    CHECK(strip_inline_markdown("**Переговоры завершились.** Следующий раунд") ==
          "Переговоры завершились. Следующий раунд");
    CHECK(strip_inline_markdown("*«Хорошее начало»*, — сказал он") == "«Хорошее начало», — сказал он");
    CHECK(strip_inline_markdown("**عاجل:** انتهت المحادثات") == "عاجل: انتهت المحادثات");
    CHECK(strip_inline_markdown("__Астана__ және _Маскат_") == "Астана және Маскат");
    CHECK(strip_inline_markdown("***Son dakika***: görüşmeler bitti") == "Son dakika: görüşmeler bitti");
    CHECK(strip_inline_markdown("*a **b** c*") == "a b c");
}

TEST_CASE("characters that are not emphasis stay") {
    CHECK(strip_inline_markdown("file_name_here and 2*3*4 and 4 * 5") == "file_name_here and 2*3*4 and 4 * 5");
    CHECK(strip_inline_markdown("**no closing pair") == "**no closing pair");
    CHECK(strip_inline_markdown("\\*not emphasis\\*") == "*not emphasis*");
    CHECK(strip_inline_markdown("`a_b*c*` and *d*") == "a_b*c* and d");
    CHECK(strip_inline_markdown("** spaced **") == "** spaced **");
}

TEST_CASE("Markdown: a bold lead sentence is one sentence, its markers gone") {
    const std::string md =
        "# Katar'dan destek\n\n"
        "**Katar, ABD ile İran arasındaki müzakereleri destekliyor.** Görüşmeler Umman'da yapıldı.\n\n"
        "**Etiketler:** İran, ABD, Umman\n";
    ReadOptions options;
    options.name = "x.md";
    Result<Article> a = read_article(md, options);
    REQUIRE(a.ok());
    std::vector<std::string> sentences;
    for (size_t i = 0; i < a->sentences.size(); ++i) sentences.emplace_back(a->sentence_text(i));
    CHECK(sentences == std::vector<std::string>{"Katar'dan destek",
                                                "Katar, ABD ile İran arasındaki müzakereleri destekliyor.",
                                                "Görüşmeler Umman'da yapıldı.", "Etiketler: İran, ABD, Umman"});
}
