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
