// Facts a reader can read, on the seed articles: a person's full name is one
// fact, written as the articles write it, and the words of a Turkish tag line
// ("Dış Politika, Orta Doğu, … Güncel") or a title-case headline are no names.
#include <catch2/catch.hpp>

#include <string>

#include "core/compare/comparison.h"
#include "support/seed_articles.h"

using namespace synoptic;
using synoptic::test::read_seed;

namespace {

const Fact* fact_written(const Comparison& c, size_t article, const std::string& surface) {
    for (const Fact& f : c.facts)
        if (f.surface[article] == surface) return &f;
    return nullptr;
}

bool any_name_written(const Comparison& c, size_t article, const std::string& surface) {
    for (const Fact& f : c.facts)
        if (f.kind == AnchorKind::Name && f.surface[article] == surface) return true;
    return false;
}

} // namespace

TEST_CASE("a person's full name is one fact, written as each article writes it", "[facts]") {
    const Comparison c = compare_articles({read_seed("000_84709defd8457a92.txt"), read_seed("001_e7239c642e9fa5fc.txt")});
    const Fact* araghchi = fact_written(c, 1, "Аббас Арагчи");
    REQUIRE(araghchi);
    CHECK(araghchi->kind == AnchorKind::Name);
    CHECK(araghchi->surface[0] == "Аббас Арагчи"); // the Kazakh report names him the same way
    CHECK(araghchi->articles_with() == 2);
    // The first name is no fact of its own.
    CHECK_FALSE(any_name_written(c, 0, "Аббас"));
    CHECK_FALSE(any_name_written(c, 1, "Аббас"));
    const Fact* kushner = fact_written(c, 1, "Джаред Кушнер");
    REQUIRE(kushner);
    CHECK(kushner->surface[0] == "Джаред Кушнер");
}

TEST_CASE("the words of a tag line and of a title-case headline are no names", "[facts]") {
    const Comparison c = compare_articles({read_seed("001_e7239c642e9fa5fc.txt"), read_seed("003_292c7b092348037e.txt")});
    for (const char* tag : {"Güncel", "Dış", "Politika", "Diplomasi", "Güvenlik", "Destek", "Dakika"}) {
        INFO(tag);
        CHECK_FALSE(any_name_written(c, 1, tag));
    }
    // Its source line ("Kaynak: AA") names an agency, not a fact of the story.
    CHECK_FALSE(any_name_written(c, 1, "AA"));
    // The people the article names in its prose stay names, whole.
    CHECK(any_name_written(c, 1, "Abbas Erakçı"));
    CHECK(any_name_written(c, 1, "Steve Witkoff"));
}
