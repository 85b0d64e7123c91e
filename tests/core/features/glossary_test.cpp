#include <catch2/catch.hpp>

#include <algorithm>

#include "core/align/similarity.h"
#include "core/features/sentence_features.h"

using namespace synoptic;

namespace {

bool has_gloss(const char* text, const char* language, const char* meaning) {
    SentenceFeatures f = extract_text_features(text, language);
    return std::find(f.glosses.begin(), f.glosses.end(), meaning) != f.glosses.end();
}

} // namespace

TEST_CASE("An ordinary news word means the same in five languages and scripts") {
    CHECK(has_gloss("Келіссөздердің кезекті раунды аяқталды.", "kk", "negotiation"));
    CHECK(has_gloss("Завершился очередной раунд переговоров.", "ru", "negotiation"));
    CHECK(has_gloss("Müzakerelerin yeni turu tamamlandı.", "tr", "negotiation"));
    CHECK(has_gloss("انتهت جولة جديدة من المفاوضات.", "ar", "negotiation"));
    CHECK(has_gloss("A new round of talks ended.", "en", "negotiation"));
    // A word the glossary does not hold gives no meaning.
    CHECK_FALSE(has_gloss("Погода будет теплой.", "ru", "negotiation"));
}

TEST_CASE("Turkish and Kazakh verbs are found by their roots, whatever their endings") {
    CHECK(has_gloss("Ол тараптар астанаға оралатынын айтты.", "kk", "say"));
    CHECK(has_gloss("Bakan, görüşmelerin iyi geçtiğini söyledi.", "tr", "say"));
    CHECK(has_gloss("Ол сенімсіздік ахуалы бар екенін атап өтті.", "kk", "note")); // a phrase ending in a root
    CHECK(has_gloss("Bakan, güvensizlik olduğunu belirtti.", "tr", "note"));
    CHECK(has_gloss("Агенттік бұл туралы хабарлады.", "kk", "report_v"));
    // Inflected nouns begin with their lemma even where the stemmer stops short.
    CHECK(has_gloss("Heyetler başkentlerine dönecek.", "tr", "capital_city"));
    CHECK(has_gloss("Делегациялар елордаға оралады.", "kk", "capital_city"));
}

TEST_CASE("An Arabic word is found in its inflected forms, after its clitics") {
    CHECK(has_gloss("أعلنت الوزارة نتائج الاجتماع.", "ar", "announce")); // أعلن + feminine -ت
    CHECK(has_gloss("وأعلنوا عن اتفاق جديد.", "ar", "announce"));       // و + أعلن + plural -وا
}

TEST_CASE("A pair that shares only ordinary words is told from an unrelated one, and says why") {
    SentenceFeatures kk = extract_text_features("Тараптар келіссөздерді жалғастыруға келісті.", "kk");
    SentenceFeatures same = extract_text_features("Стороны договорились продолжить переговоры.", "ru");
    SentenceFeatures other = extract_text_features("Погода в выходные будет теплой и солнечной.", "ru");
    Similarity right = explain_similarity(kk, same);
    CHECK(right.score > similarity_score(kk, other));
    bool negotiation = false;
    for (const SharedEvidence& e : right.evidence)
        negotiation = negotiation || (e.kind == AnchorKind::Gloss && e.key == "negotiation");
    CHECK(negotiation);
}
