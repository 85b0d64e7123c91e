// Tag lines, credit lines and bare datelines link to no prose: the Turkish
// seed's "Dış Politika, Orta Doğu, … Son Dakika", "Kaynak: AA" and
// "07.02.2026 00:06" stand alone in the rows, however many topic words they
// share with a Russian report's sentences.
#include <catch2/catch.hpp>

#include "core/compare/comparison.h"
#include "core/features/sentence_features.h"
#include "support/seed_articles.h"

using namespace synoptic;
using synoptic::test::read_seed;

TEST_CASE("a tag line, a credit line and a dateline are not prose", "[furniture]") {
    const Article tr = read_seed("003_292c7b092348037e.txt");
    const std::vector<SentenceFeatures> features = extract_features(tr);
    const auto furniture = [&](std::string_view start) {
        for (size_t s = 0; s < tr.sentences.size(); ++s)
            if (tr.sentence_text(s).substr(0, start.size()) == start) return features[s].furniture;
        FAIL("no sentence starts with " << start);
        return false;
    };
    CHECK(furniture("Dış Politika, Orta Doğu"));
    CHECK(furniture("Kaynak"));
    CHECK(furniture("07.02.2026 00:06"));
    CHECK_FALSE(furniture("Katar'dan ABD-İran Müzakerelerine Destek")); // a headline is prose's title
    CHECK_FALSE(furniture("Katar, ABD ile İran arasındaki"));
    const Article ru = read_seed("001_e7239c642e9fa5fc.txt");
    CHECK(extract_features(ru)[3].furniture); // "Фото: x.com / @badralbusaidi"
}

TEST_CASE("furniture links to no prose of another report", "[furniture]") {
    const Article tr = read_seed("003_292c7b092348037e.txt");
    const Comparison c = compare_articles({read_seed("001_e7239c642e9fa5fc.txt"), read_seed("002_970eac684697c81d.txt"), tr});
    const std::vector<SentenceFeatures> features = extract_features(tr);
    size_t checked = 0;
    for (const AlignedRow& row : c.alignment.rows) {
        if (row.sentences[2].empty()) continue;
        bool furniture = false;
        for (uint32_t s : row.sentences[2]) furniture |= features[s].furniture;
        if (!furniture) continue;
        ++checked;
        CHECK(row.articles_present() == 1);
    }
    CHECK(checked == 3);
}
