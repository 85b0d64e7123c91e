#include <catch2/catch.hpp>

#include <string>

#include "core/ingest/read_article.h"
#include "core/search/find_index.h"
#include "core/text/utf8.h"

using namespace synoptic;

namespace {

Article article_of(const std::string& text, const std::string& language = "") {
    Result<Article> article = read_article(text, {InputFormat::PlainText, "test.txt", language});
    REQUIRE(article);
    return std::move(*article);
}

} // namespace

TEST_CASE("A match is given in code points of its sentence, and match_text gives its words") {
    // Written for this test: Arabic names as an Arabic report spells them.
    const Article a = article_of("التقى وزير الخارجية الإيراني عباس عراقجي المبعوث الأمريكي ستيف ويتكوف في مسقط.\n", "ar");
    struct Case {
        const char* query;
        const char* text;
    } cases[] = {{"Witkoff", "ويتكوف"}, {"Aragchi", "عراقجي"}, {"Маскат", "مسقط"}, {"Iran", "الإيراني"}};
    for (const Case& c : cases) {
        const std::vector<TextMatch> matches = find_in_article(a, c.query);
        INFO(c.query);
        REQUIRE(matches.size() == 1);
        CHECK(match_text(a, matches[0]) == c.text);
        const std::string_view sentence = a.sentence_text(matches[0].sentence);
        const size_t byte = sentence.find(c.text);
        CHECK(matches[0].start == count_code_points(sentence.substr(0, byte)));
    }
}

TEST_CASE("An empty query or one of spaces finds nothing") {
    const Article a = article_of("Стив Уиткофф прибыл.\n");
    CHECK(find_in_article(a, "").empty());
    CHECK(find_in_article(a, "  ").empty());
}

TEST_CASE("Preparing an index a few sentences at a time gives the same matches") {
    std::string text;
    for (int i = 0; i < 50; ++i) text += "Стив Уиткофф встретился с Аббасом Арагчи " + std::to_string(i) + " раз.\n\n";
    const Article a = article_of(text);
    FindIndex whole(a), parts(a);
    size_t left = a.sentences.size();
    while (left > 0) {
        const size_t now = parts.prepare(7);
        CHECK(now < left);
        left = now;
    }
    CHECK(parts.prepared());
    for (const char* q : {"Witkoff", "Araghchi", "12", "Стив Уиткофф"}) {
        const FindQuery query = prepare_find_query(q);
        const std::vector<TextMatch> a_matches = whole.find(query), b_matches = parts.find(query);
        REQUIRE(a_matches.size() == b_matches.size());
        for (size_t i = 0; i < a_matches.size(); ++i) {
            CHECK(a_matches[i].sentence == b_matches[i].sentence);
            CHECK(a_matches[i].start == b_matches[i].start);
        }
    }
    CHECK(whole.find(prepare_find_query("Witkoff")).size() == 50);
}

TEST_CASE("A find stops after the most matches it was asked for") {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "Иран и Оман. ";
    const Article a = article_of(text + "\n");
    FindOptions options;
    options.max_matches = 10;
    CHECK(find_in_article(a, "Iran", options).size() == 10);
    CHECK(find_in_article(a, "Iran").size() == 30);
}
