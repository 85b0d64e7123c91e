// Names across scripts: how often the Latin phonetic key of a place name in
// one language finds the same place among all place names of another
// language. The test set is CLDR itself (territory names and time-zone
// exemplar cities in kk, ru, tr, ar, en, read through ICU), so no concept
// table is involved: this measures transliteration + phonetic keys alone.
// Then the person names of the seeds, spelled as the five articles spell them.
// Run: bench_names REPO_ROOT
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <unicode/locdspnm.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include "core/features/word_form.h"
#include "core/text/normalize.h"
#include "core/text/tokenize.h"
#include "core/text/transliterate.h"

using namespace synoptic;

namespace {

const char* const kLanguages[] = {"kk", "ru", "tr", "ar", "en"};

// The key of a (possibly multi-word) name: per-word phonetic keys joined.
std::string key_of(const std::string& name, const std::string& lang) {
    std::string key;
    for (const Token& t : tokenize_words(name, lang)) {
        if (t.kind != TokenKind::Word) continue;
        std::string k = phonetic_key(to_latin_ascii(name_form(t.norm, lang), lang));
        if (k.size() < 2) continue; // аль-, el: the pipeline keeps no one-letter keys either
        if (!key.empty()) key += ' ';
        key += k;
    }
    return key;
}

size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// item id → name, per language
std::map<std::string, std::map<std::string, std::string>> cldr_names(bool cities) {
    std::map<std::string, std::map<std::string, std::string>> items;
    for (const char* lang : kLanguages) {
        icu::Locale locale(lang);
        if (!cities) {
            std::unique_ptr<icu::LocaleDisplayNames> names(icu::LocaleDisplayNames::createInstance(locale));
            for (const char* const* region = icu::Locale::getISOCountries(); *region; ++region) {
                icu::UnicodeString n;
                names->regionDisplayName(*region, n);
                if (n != icu::UnicodeString(*region)) items[*region][lang] = utf8(n);
            }
        } else {
            UErrorCode status = U_ZERO_ERROR;
            std::unique_ptr<icu::TimeZoneNames> tz(icu::TimeZoneNames::createInstance(locale, status));
            std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
                UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
            while (const icu::UnicodeString* zone = zones->snext(status)) {
                icu::UnicodeString city;
                tz->getExemplarLocationName(*zone, city);
                if (!city.isEmpty()) items[utf8(*zone)][lang] = utf8(city);
            }
        }
    }
    return items;
}

void evaluate(const char* title, const std::map<std::string, std::map<std::string, std::string>>& items) {
    std::printf("%s: top-1 accuracy by nearest phonetic key (unique best), exact-key false-match rate\n", title);
    std::printf("  pair    items  top1   exact  false-match\n");
    for (const char* l1 : kLanguages)
        for (const char* l2 : kLanguages) {
            if (std::string(l1) >= std::string(l2)) continue;
            std::vector<std::string> k1, k2;
            for (const auto& [id, names] : items) {
                auto a = names.find(l1), b = names.find(l2);
                if (a == names.end() || b == names.end()) continue;
                k1.push_back(key_of(a->second, l1));
                k2.push_back(key_of(b->second, l2));
            }
            size_t n = k1.size(), top1 = 0, exact = 0, false_pairs = 0, pairs = 0;
            for (size_t i = 0; i < n; ++i) {
                size_t best = SIZE_MAX, best_j = 0, ties = 0;
                for (size_t j = 0; j < n; ++j) {
                    size_t d = edit_distance(k1[i], k2[j]);
                    if (d < best) best = d, best_j = j, ties = 1;
                    else if (d == best) ++ties;
                    if (j != i) {
                        ++pairs;
                        false_pairs += !k1[i].empty() && k1[i] == k2[j];
                    }
                }
                top1 += best_j == i && ties == 1;
                exact += k1[i] == k2[i];
            }
            std::printf("  %s-%s  %5zu  %.3f  %.3f  %.5f\n", l1, l2, n, double(top1) / n, double(exact) / n,
                        double(false_pairs) / pairs);
        }
}

} // namespace

int main() {
    evaluate("CLDR territory names", cldr_names(false));
    evaluate("CLDR time-zone exemplar cities", cldr_names(true));

    // Person names as the seeds spell them (kk, ru, ru, tr, ar) and the tweets' Latin.
    struct Spelling { const char* name; const char* lang; };
    const std::vector<std::pair<const char*, std::vector<Spelling>>> people = {
        {"Araghchi", {{"Арагчи", "kk"}, {"Арагчи", "ru"}, {"Аракчи", "ru"}, {"Erakçı", "tr"}, {"araghchi", "en"}, {"عراقجي", "ar"}}},
        {"Albusaidi", {{"Аль-Бусаиди", "kk"}, {"Бусаидидің", "kk"}, {"аль-Бусаиди", "ru"}, {"Albusaidi", "en"}, {"البوسعيدي", "ar"}}},
        {"Witkoff", {{"Уиткофф", "kk"}, {"Уиткофф", "ru"}, {"Witkoff", "tr"}}},
        {"Abbas", {{"Аббас", "kk"}, {"Аббас", "ru"}, {"Abbas", "tr"}}},
        {"Kushner", {{"Кушнер", "kk"}, {"Кушнер", "ru"}, {"Kushner", "en"}}},
        {"Trump", {{"Trump'ın", "tr"}, {"Трамп", "ru"}, {"ترامب", "ar"}}},
        {"Biden", {{"بايدن", "ar"}, {"Байден", "ru"}, {"Biden", "en"}}},
        {"Zahedi", {{"زاهدي", "ar"}, {"Захеди", "ru"}, {"Zahedi", "en"}}},
        {"Washington", {{"Вашингтон", "kk"}, {"Вашингтона", "ru"}, {"Washington'un", "tr"}, {"واشنطن", "ar"}}},
        {"Tehran", {{"Тегеран", "kk"}, {"Тегераном", "ru"}, {"Tahran", "tr"}, {"طهران", "ar"}, {"Tehran", "en"}}},
        {"Muscat", {{"Маскатта", "kk"}, {"Маскате", "ru"}, {"Maskat'ta", "tr"}, {"مسقط", "ar"}, {"Muscat", "en"}}},
        {"Israel", {{"Израиль", "kk"}, {"Израилем", "ru"}, {"İsrail", "tr"}, {"إسرائيل", "ar"}, {"Israel", "en"}}},
    };
    size_t same = 0, same_ok = 0, diff = 0, diff_bad = 0;
    std::printf("seed names: exact key agreement within a person/place, collisions across\n");
    for (size_t p = 0; p < people.size(); ++p) {
        std::string keys;
        for (const Spelling& s : people[p].second) keys += std::string(s.name) + "=" + key_of(s.name, s.lang) + " ";
        std::printf("  %-10s %s\n", people[p].first, keys.c_str());
        for (size_t q = p; q < people.size(); ++q)
            for (const Spelling& a : people[p].second)
                for (const Spelling& b : people[q].second) {
                    if (&a == &b) continue;
                    bool equal = key_of(a.name, a.lang) == key_of(b.name, b.lang);
                    if (p == q) ++same, same_ok += equal;
                    else ++diff, diff_bad += equal;
                }
    }
    std::printf("  same entity: %zu/%zu spelling pairs share the key (%.3f); different: %zu/%zu collide (%.3f)\n",
                same_ok, same, double(same_ok) / same, diff_bad, diff, double(diff_bad) / diff);
    return 0;
}
