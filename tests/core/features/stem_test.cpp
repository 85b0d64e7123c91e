#include <catch2/catch.hpp>

#include <algorithm>

#include "core/features/sentence_features.h"
#include "core/features/stem.h"
#include "core/text/normalize.h"

using namespace synoptic;

namespace {
std::string kk(const char* word) { return strip_kazakh_suffixes(normalize_for_matching(word, "kk")); }
} // namespace

TEST_CASE("The Kazakh stripper removes case, possessive and plural endings in harmony") {
    CHECK(kk("Омандағы") == "оман");        // -дағы after a consonant, not -ндағы
    CHECK(kk("келіссөздердің") == "келіссөз"); // plural + genitive, front vowels
    CHECK(kk("Иранның") == "иран");          // -ның after н
    CHECK(kk("астанасына") == "астана");     // possessive -сы + dative -на
    CHECK(kk("астаналарына") == "астана");
    CHECK(kk("мәлімдемесі") == "мәлімдеме");
    CHECK(kk("делегациялар") == "делегация");
    // Harmony: a front suffix does not come off a back stem.
    CHECK(kk("шабуылдің") != "шабуыл");
    // Short stems stay: ел + і + нің keeps its possessive rather than lose the root.
    CHECK(kk("елінің").size() >= std::string("ел").size());
}

TEST_CASE("Turkish apostrophe suffixes are cut before Snowball") {
    CHECK(stem_word(normalize_for_matching("İran'ın", "tr"), "tr") == stem_word("iran", "tr"));
    CHECK(stem_word(normalize_for_matching("Umman'da", "tr"), "tr") == stem_word("umman", "tr"));
    CHECK(stem_word("переговоров", "ru") == stem_word("переговоры", "ru"));
    CHECK(truncate_code_points("переговоры", 6) == "перего");
}

TEST_CASE("Loanwords meet through transliteration, translations do not") {
    auto cognates = [](const char* text, const char* lang) {
        SentenceFeatures f = extract_text_features(text, lang);
        std::vector<std::string> keys;
        for (const std::string& k : f.latin_keys)
            if (k[0] == '~') keys.push_back(k);
        return keys;
    };
    auto shares = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
        return std::any_of(a.begin(), a.end(), [&](const std::string& k) {
            return std::find(b.begin(), b.end(), k) != b.end();
        });
    };
    auto ru = cognates("делегация", "ru"), kkd = cognates("делегациялар", "kk"), tr = cognates("delegasyon", "tr"),
         en = cognates("delegation", "en");
    CHECK(shares(ru, kkd));
    CHECK(shares(ru, tr));
    CHECK(shares(tr, en));
    CHECK(shares(cognates("министрі", "kk"), cognates("minister", "en")));
    CHECK_FALSE(shares(cognates("министр", "ru"), cognates("bakan", "tr")));
}
