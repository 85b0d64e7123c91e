#include <catch2/catch.hpp>

#include "core/export/alignment_export.h"

using namespace synoptic;

namespace {
Article article(std::string language, std::vector<std::string> sentences) {
    Article a;
    a.language = language;
    for (auto& s : sentences) {
        Sentence sentence;
        sentence.span.begin = static_cast<uint32_t>(a.text.size());
        a.text += s;
        sentence.span.end = static_cast<uint32_t>(a.text.size());
        a.text += "\n";
        a.sentences.push_back(sentence);
    }
    return a;
}
} // namespace

TEST_CASE("XML escaping keeps text and drops what XML 1.0 forbids") {
    CHECK(xml_escape("a < b & \"c\" 'd' > e") == "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e");
    CHECK(xml_escape("Қазақ\x01 тілі") == "Қазақ тілі");
    CHECK(xml_escape("ok\xFFok") == "ok\xEF\xBF\xBDok");
}

TEST_CASE("TMX has one unit per two-sided bead, languages and escaped text") {
    Article a = article("kk", {"Иран & АҚШ", "pic.twitter.com/x", "<b>"});
    Article b = article("ru", {"Иран и США", "Арсен"});
    Alignment alignment;
    alignment.beads = {{{0}, {0}, 0.9}, {{1}, {}, 0}, {{2}, {1}, 0.1}};
    std::string tmx = export_tmx(a, b, alignment);
    CHECK(tmx.find("<tmx version=\"1.4\">") != std::string::npos);
    CHECK(tmx.find("srclang=\"kk\"") != std::string::npos);
    CHECK(tmx.find("<tuv xml:lang=\"kk\"><seg>Иран &amp; АҚШ</seg></tuv>") != std::string::npos);
    CHECK(tmx.find("<seg>&lt;b&gt;</seg>") != std::string::npos);
    CHECK(tmx.find("twitter") == std::string::npos);
    size_t units = 0;
    for (size_t p = tmx.find("<tu>"); p != std::string::npos; p = tmx.find("<tu>", p + 1)) ++units;
    CHECK(units == 2);
}

TEST_CASE("beads, links and TSV of a small alignment") {
    Article a = article("kk", {"бір", "екі\tүш"});
    Article b = article("ru", {"один", "два"});
    Alignment alignment;
    alignment.beads = {{{0}, {0}, 0.5}, {{1}, {}, 0}, {{}, {1}, 0}};
    alignment.links = {{0, 0, 0.5}};
    CHECK(export_beads(alignment) == "[0]:[0]\n[1]:[]\n[]:[1]\n");
    CHECK(export_links(alignment) == "0\t0\t0.5000\n");
    CHECK(export_tsv(a, b, alignment) == "бір\tодин\nекі үш\t\n\tдва\n");
}

TEST_CASE("comparable links become beads that cover every sentence") {
    Alignment alignment;
    alignment.mode = AlignMode::Comparable;
    alignment.links = {{0, 2, 0.8}, {0, 1, 0.6}, {2, 0, 0.7}};
    auto beads = beads_from_links(alignment, 3, 3);
    // {A0, B1, B2}, {A1}, {A2, B0}
    REQUIRE(beads.size() == 3);
    CHECK(beads[0].a == std::vector<uint32_t>{0});
    CHECK(beads[0].b == std::vector<uint32_t>{1, 2});
    CHECK(beads[1].a == std::vector<uint32_t>{1});
    CHECK(beads[1].b.empty());
    CHECK(beads[2].b == std::vector<uint32_t>{0});
}

TEST_CASE("the bead format covers every sentence even when nothing links") {
    Article a = article("kk", {"бір"});
    Article b = article("ru", {"один", "два"});
    Alignment alignment;
    alignment.mode = AlignMode::Comparable;
    CHECK(export_alignment(AlignmentFormat::Beads, a, b, alignment) == "[0]:[]\n[]:[0]\n[]:[1]\n");
}
