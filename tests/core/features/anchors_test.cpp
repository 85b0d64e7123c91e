#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/features/sentence_features.h"

using namespace synoptic;

namespace {

bool has_anchor(const SentenceFeatures& f, AnchorKind kind, const std::string& key) {
    return std::any_of(f.anchors.begin(), f.anchors.end(),
                       [&](const Anchor& a) { return a.kind == kind && a.key == key; });
}

std::string dump(const SentenceFeatures& f) {
    std::string s;
    for (const Anchor& a : f.anchors) s += std::string(anchor_kind_name(a.kind)) + "=" + a.key + " ";
    return s;
}

} // namespace

TEST_CASE("A day and a month name give one date key in every language") {
    struct Case { const char* text; const char* lang; } cases[] = {
        {"Переговоры прошли 6 февраля в Маскате.", "ru"},
        {"Келіссөздер 6 ақпан күні өтті.", "kk"},
        {"Görüşmeler 6 Şubat'ta yapıldı.", "tr"},
        {"جرت المحادثات في 6 فبراير في مسقط.", "ar"},
        {"The talks took place on February 6, 2026.", "en"},
        {"Переговоры прошли 6-го февраля.", "ru"},
    };
    for (const Case& c : cases) {
        SentenceFeatures f = extract_text_features(c.text, c.lang);
        INFO(c.text << " -> " << dump(f));
        CHECK(has_anchor(f, AnchorKind::Date, "02-06"));
    }
}

TEST_CASE("Numbers with locale marks, scale words and percent signs") {
    SentenceFeatures ru = extract_text_features("Бюджет вырос на 1,5 млн тенге, или на 12%.", "ru");
    INFO(dump(ru));
    CHECK(has_anchor(ru, AnchorKind::Number, "1500000"));
    CHECK(has_anchor(ru, AnchorKind::Number, "12%"));
    SentenceFeatures tr = extract_text_features("Enflasyon %12 oldu ve 3 milyar lira harcandı.", "tr");
    INFO(dump(tr));
    CHECK(has_anchor(tr, AnchorKind::Number, "12%"));
    CHECK(has_anchor(tr, AnchorKind::Number, "3000000000"));
    SentenceFeatures ar = extract_text_features("أطلقت ٣٥٠ صاروخا.", "ar");
    INFO(dump(ar));
    CHECK(has_anchor(ar, AnchorKind::Number, "350"));
    SentenceFeatures words = extract_text_features("Делегации провели пять раундов консультаций.", "ru");
    INFO(dump(words));
    CHECK(has_anchor(words, AnchorKind::Number, "5"));
}

TEST_CASE("Countries are found through case suffixes and clitics, with short forms") {
    struct Case { const char* text; const char* lang; const char* concept; } cases[] = {
        {"Иран мен АҚШ Омандағы келіссөзін аяқтады", "kk", "country:OM"},
        {"Иран мен АҚШ Омандағы келіссөзін аяқтады", "kk", "country:US"},
        {"Иран и США завершили очередной раунд переговоров в Омане", "ru", "country:OM"},
        {"Иран и США завершили очередной раунд переговоров в Омане", "ru", "country:US"},
        {"ABD ile İran arasında Umman'da yapılan müzakereler", "tr", "country:OM"},
        {"ABD ile İran arasında Umman'da yapılan müzakereler", "tr", "country:US"},
        {"المحادثات بين الولايات المتحدة وإيران في سلطنة عمان", "ar", "country:US"},
        {"المحادثات بين الولايات المتحدة وإيران في سلطنة عمان", "ar", "country:OM"},
        {"المحادثات بين الولايات المتحدة وإيران في سلطنة عمان", "ar", "country:IR"},
    };
    for (const Case& c : cases) {
        SentenceFeatures f = extract_text_features(c.text, c.lang);
        INFO(c.text << " -> " << dump(f));
        CHECK(has_anchor(f, AnchorKind::Concept, c.concept));
    }
}

TEST_CASE("Adjectives of place name their country") {
    struct Case { const char* text; const char* lang; const char* concept; } cases[] = {
        {"Иранские СМИ сообщили о завершении раунда.", "ru", "country:IR"},
        {"Он возглавлял американскую делегацию.", "ru", "country:US"},
        {"İranlı yetkililer açıklama yaptı.", "tr", "country:IR"},
        {"Iranian officials praised the Omani mediation.", "en", "country:IR"},
        {"Iranian officials praised the Omani mediation.", "en", "country:OM"},
        {"محادثات غير مباشرة مع مسؤولين إيرانيين", "ar", "country:IR"},
        {"الاجتماع الأمريكي الإيراني المقرر", "ar", "country:US"},
    };
    for (const Case& c : cases) {
        SentenceFeatures f = extract_text_features(c.text, c.lang);
        INFO(c.text << " -> " << dump(f));
        CHECK(has_anchor(f, AnchorKind::Concept, c.concept));
    }
    SentenceFeatures plain = extract_text_features("Переговоры прошли в спокойной обстановке.", "ru");
    INFO(dump(plain));
    CHECK(std::none_of(plain.anchors.begin(), plain.anchors.end(),
                       [](const Anchor& a) { return a.kind == AnchorKind::Concept; }));
}

TEST_CASE("Arabic Oman and Amman are told apart by marks and context") {
    CHECK(has_anchor(extract_text_features("وصل الوفد إلى عمّان عاصمة الأردن", "ar"), AnchorKind::Concept, "city:Amman"));
    CHECK(has_anchor(extract_text_features("جرت المحادثات في مسقط عاصمة عمان", "ar"), AnchorKind::Concept, "country:OM"));
    CHECK_FALSE(has_anchor(extract_text_features("جرت المحادثات في مسقط عاصمة عمان", "ar"), AnchorKind::Concept, "city:Amman"));
}

TEST_CASE("Names across scripts share keys, titles are no names") {
    SentenceFeatures kk = extract_text_features(
        "Иран делегациясын Сыртқы істер министрі Аббас Арагчи басқарды.", "kk");
    SentenceFeatures tr = extract_text_features(
        "Müzakerelerde İran heyetine Dışişleri Bakanı Abbas Erakçı başkanlık etti.", "tr");
    INFO(dump(kk) << " | " << dump(tr));
    std::vector<std::string> shared;
    for (const Anchor& a : kk.anchors)
        if (a.kind == AnchorKind::Name && has_anchor(tr, AnchorKind::Name, a.key)) shared.push_back(a.key);
    CHECK(std::find(shared.begin(), shared.end(), "name:rkj") != shared.end()); // Арагчи / Erakçı
    CHECK(std::find(shared.begin(), shared.end(), "name:bs") != shared.end());  // Аббас / Abbas
    // Titles before names are not names.
    CHECK_FALSE(has_anchor(tr, AnchorKind::Name, "name:bkn"));
}

TEST_CASE("URLs and handles are anchors, a handle also names its owner") {
    SentenceFeatures f = extract_text_features(
        "Muscat talks were a good start: Foreign Minister @araghchi https://t.co/9oJcvUCXiW", "en");
    INFO(dump(f));
    CHECK(has_anchor(f, AnchorKind::Handle, "@araghchi"));
    CHECK(has_anchor(f, AnchorKind::Url, "t.co/9ojcvucxiw"));
}
