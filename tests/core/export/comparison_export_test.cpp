#include <catch2/catch.hpp>

#include <string>

#include "core/align/presegmented_article.h"
#include "core/export/comparison_export.h"

using namespace synoptic;

TEST_CASE("a row's fact is quoted as an article of that row writes it") {
    // Iran is named by both reports, but in different rows: the Turkish row
    // must quote "İran", not the Kazakh article's "Иран".
    std::vector<Article> articles = {presegmented_article("Иран туралы.\nАуа райы жақсы.\n", "a", "kk"),
                                     presegmented_article("Hava güzel.\nİran hakkında.\n", "b", "tr")};
    Comparison c;
    c.article_names = {"a", "b"};
    c.article_languages = {"kk", "tr"};
    // Row 0: the Kazakh sentence on Iran alone. Row 1: both articles, the fact
    // carried by the Turkish sentence only (the text report lists facts of
    // rows of two or more articles).
    AlignedRow kazakh, both;
    kazakh.sentences = {{0}, {}};
    both.sentences = {{1}, {1}};
    c.alignment.rows = {kazakh, both};
    c.facts.push_back({AnchorKind::Concept, "country:IR", {"Иран", "İran"}, {{0}, {1}}});
    c.row_facts = {{{0, {true, false}, FactStatus::Partial}}, {{0, {false, true}, FactStatus::Partial}}};
    const std::string text = comparison_text(articles, c);
    INFO(text);
    CHECK(text.find("partial: concept country:IR \"İran\" (B)") != std::string::npos);
    CHECK(text.find("partial: concept country:IR \"Иран\" (B)") == std::string::npos);
}
