// Facts in place, on the Kazinform pair: "12" of the 12-day war is marked in
// both sentences of its row as shared, where the digits stand; altered to 13
// on one side, both values are marked as a conflict.
#include <catch2/catch.hpp>

#include <string>

#include "core/compare/comparison.h"
#include "core/compare/fact_marks.h"
#include "core/text/utf8.h"
#include "support/gold_articles.h"

using namespace synoptic;
using synoptic::test::gold_side;

namespace {

// The marked text: code points [start, end) of the sentence.
std::u32string marked(const Article& article, uint32_t sentence, const FactMark& mark) {
    const std::string_view utf8 = article.sentence_text(sentence);
    std::u32string text;
    for (size_t at = 0; at < utf8.size();) text += next_code_point(utf8, at);
    return text.substr(mark.start, mark.end - mark.start);
}

// The row holding kk sentence 18 (the 12-day war), and the number marks of
// kk 18 and of ru 14, its counterpart.
struct NumberMarks {
    size_t row = 0;
    std::vector<FactMark> kk, ru;
};
NumberMarks number_marks(const Comparison& c, const Article& kk, const Article& ru) {
    const auto kk_features = extract_features(kk), ru_features = extract_features(ru);
    NumberMarks out;
    for (size_t r = 0; r < c.alignment.rows.size(); ++r) {
        const auto& row = c.alignment.rows[r];
        if (row.sentences[0].empty() || row.sentences[0].back() != 18) continue;
        out.row = r;
        std::vector<FactMark> all;
        append_fact_marks(c, r, kk, kk_features[18], 18, all);
        for (const FactMark& m : all) if (c.facts[m.fact].kind == AnchorKind::Number) out.kk.push_back(m);
        all.clear();
        REQUIRE(row.sentences[1] == std::vector<uint32_t>{14});
        append_fact_marks(c, r, ru, ru_features[14], 14, all);
        for (const FactMark& m : all) if (c.facts[m.fact].kind == AnchorKind::Number) out.ru.push_back(m);
    }
    return out;
}
} // namespace

// The one mark of number `key` among `marks`.
const FactMark& mark_of(const Comparison& c, const std::vector<FactMark>& marks, const std::string& key) {
    std::vector<const FactMark*> found;
    for (const FactMark& m : marks) if (c.facts[m.fact].key == key) found.push_back(&m);
    REQUIRE(found.size() == 1);
    return *found[0];
}

TEST_CASE("a number both versions of a row carry is marked where each writes it, as shared") {
    Article kk = gold_side("kk.txt"), ru = gold_side("ru.txt");
    Comparison c = compare_articles({kk, ru});
    NumberMarks marks = number_marks(c, kk, ru);
    const FactMark& in_kk = mark_of(c, marks.kk, "12");
    const FactMark& in_ru = mark_of(c, marks.ru, "12");
    CHECK(in_kk.fact == in_ru.fact); // one fact: one colour in both cells
    CHECK(in_kk.status == FactStatus::Shared);
    CHECK(in_ru.status == FactStatus::Shared);
    CHECK(marked(kk, 18, in_kk).substr(0, 2) == U"12");
    CHECK(marked(ru, 14, in_ru).substr(0, 2) == U"12");
}

TEST_CASE("12-day against 13-day: each side's value is marked as a conflict") {
    Article kk = gold_side("kk.txt");
    Article ru = gold_side("ru.txt", "12-дневного", "13-дневного");
    Comparison c = compare_articles({kk, ru});
    NumberMarks marks = number_marks(c, kk, ru);
    const FactMark& in_kk = mark_of(c, marks.kk, "12");
    const FactMark& in_ru = mark_of(c, marks.ru, "13");
    CHECK(in_kk.status == FactStatus::Conflict);
    CHECK(in_ru.status == FactStatus::Conflict);
    CHECK(marked(ru, 14, in_ru).substr(0, 2) == U"13");
}

TEST_CASE("a sentence outside the row's facts, or a row that does not exist, gets no mark") {
    Article kk = gold_side("kk.txt"), ru = gold_side("ru.txt");
    Comparison c = compare_articles({kk, ru});
    const auto features = extract_features(kk);
    std::vector<FactMark> out;
    append_fact_marks(c, c.alignment.rows.size(), kk, features[18], 18, out);
    CHECK(out.empty());
    append_fact_marks(c, 0, kk, features[18], 9999, out);
    CHECK(out.empty());
}
