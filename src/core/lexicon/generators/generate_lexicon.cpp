// Build-time generator of Synoptic's word tables (a native program, linked to
// the system ICU; never part of the page). It asks ICU's CLDR data for what
// the page must know without carrying ICU's locale data: number words (RBNF
// spell-out rules), month/weekday/relative-day names (DateFormatSymbols,
// RelativeDateTimeFormatter), and concept names (territories with short
// forms, time-zone exemplar cities, languages, currencies), in every
// language Synoptic reads. Hand-added forms CLDR lacks come from extra_forms.tsv;
// the ordinary words of news (talks, visit, say) from news_glossary.tsv.
//
// usage: generate_lexicon OUTPUT.cpp EXTRA_FORMS.tsv NEWS_GLOSSARY.tsv
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <unicode/dtfmtsym.h>
#include <unicode/locdspnm.h>
#include <unicode/rbnf.h>
#include <unicode/reldatefmt.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include "core/lexicon/index_keys.h"

namespace {

const char* const kLanguages[] = {"kk", "ru", "tr", "ar", "en"};

struct Entry {
    std::string language, kind, value, form;
    bool operator<(const Entry& o) const {
        return std::tie(language, kind, value, form) < std::tie(o.language, o.kind, o.value, o.form);
    }
};
using Table = std::set<Entry>;

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

std::vector<std::string> split_words(const std::string& s) {
    std::vector<std::string> words;
    std::istringstream in(s);
    std::string w;
    while (in >> w) words.push_back(w);
    return words;
}

bool plain_phrase(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c == '(' || c == ')' || c == ',' || c == '[' || c == '/' || c == '.' || c == ';') return false;
    return true;
}

void add(Table& t, const std::string& lang, const std::string& kind, const std::string& value,
         const std::string& form) {
    if (!form.empty()) t.insert({lang, kind, value, form});
}

// Number words: single-word spellings of units, teens, tens and hundreds in
// every cardinal and ordinal rule set (Russian has one per gender and case);
// the last word of k·10^p spellings as a scale word (тысяча/тысячи/тысяч).
void number_words(Table& numbers) {
    const long long kValues[] = {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14,
                                 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200,
                                 300, 400, 500, 600, 700, 800, 900};
    for (const char* lang : kLanguages) {
        UErrorCode status = U_ZERO_ERROR;
        icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale(lang), status);
        if (U_FAILURE(status)) continue;
        for (int r = 0; r < format.getNumberOfRuleSetNames(); ++r) {
            icu::UnicodeString rule_set = format.getRuleSetName(r);
            std::string name = utf8(rule_set);
            bool ordinal = name.find("ordinal") != std::string::npos;
            if (!ordinal && name.find("cardinal") == std::string::npos) continue;
            for (long long v : kValues) {
                icu::UnicodeString text;
                status = U_ZERO_ERROR;
                icu::FieldPosition pos;
                format.format(static_cast<int64_t>(v), rule_set, text, pos, status);
                if (U_FAILURE(status)) continue;
                std::string s = utf8(text);
                std::vector<std::string> words = split_words(s);
                if (words.size() == 1 && s.find('-') == std::string::npos)
                    add(numbers, lang, ordinal ? "O" : "N", std::to_string(v), s);
                else if (words.size() == 2 && v >= 100 && v % 100 == 0 && v <= 100)
                    add(numbers, lang, ordinal ? "O" : "S", "100", words.back());
            }
            if (ordinal) continue;
            const long long kScales[] = {100, 1000, 1000000, 1000000000LL, 1000000000000LL};
            for (long long scale : kScales)
                for (int k : {1, 2, 3, 5, 11, 21}) {
                    icu::UnicodeString text;
                    status = U_ZERO_ERROR;
                    icu::FieldPosition pos;
                    format.format(static_cast<int64_t>(k * scale), rule_set, text, pos, status);
                    if (U_FAILURE(status)) continue;
                    std::vector<std::string> words = split_words(utf8(text));
                    if (words.empty()) continue;
                    const std::string& last = words.back();
                    if (scale == 100 && words.size() == 1) continue; // двести: a number word, above
                    add(numbers, lang, "S", std::to_string(scale), last);
                }
        }
    }
}

void calendar_words(Table& calendar) {
    for (const char* lang : kLanguages) {
        std::vector<icu::Locale> locales = {icu::Locale(lang)};
        if (std::string(lang) == "ar") locales.push_back(icu::Locale("ar_SY")); // Levantine months
        for (const icu::Locale& locale : locales) {
            UErrorCode status = U_ZERO_ERROR;
            icu::DateFormatSymbols symbols(locale, status);
            if (U_FAILURE(status)) continue;
            for (auto ctx : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE})
                for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                    int32_t count = 0;
                    const icu::UnicodeString* months = symbols.getMonths(count, ctx, width);
                    for (int32_t i = 0; i < count && i < 12; ++i)
                        add(calendar, lang, "M", std::to_string(i + 1), utf8(months[i]));
                    const icu::UnicodeString* days = symbols.getWeekdays(count, ctx, width);
                    for (int32_t i = 1; i < count; ++i) // ICU: index 1 = Sunday
                        add(calendar, lang, "W", std::to_string(i), utf8(days[i]));
                }
        }
        UErrorCode status = U_ZERO_ERROR;
        icu::RelativeDateTimeFormatter relative(icu::Locale(lang), status);
        if (U_FAILURE(status)) continue;
        struct { UDateDirection direction; int value; } kDays[] = {
            {UDAT_DIRECTION_LAST, -1}, {UDAT_DIRECTION_THIS, 0}, {UDAT_DIRECTION_NEXT, 1}};
        for (auto d : kDays) {
            icu::UnicodeString text;
            status = U_ZERO_ERROR;
            relative.format(d.direction, UDAT_ABSOLUTE_DAY, text, status);
            if (U_SUCCESS(status)) add(calendar, lang, "R", std::to_string(d.value), utf8(text));
        }
    }
}

bool is_acronym(const icu::UnicodeString& s) {
    int letters = 0;
    for (int32_t i = 0; i < s.length(); ++i) {
        UChar32 c = s.char32At(i);
        if (u_isalpha(c)) {
            if (!u_isupper(c)) return false;
            ++letters;
        }
    }
    return letters >= 2;
}

void add_concept(Table& t, const std::string& lang, const std::string& id, const icu::UnicodeString& name) {
    std::string form = utf8(name);
    if (!plain_phrase(form)) return;
    add(t, lang, is_acronym(name) ? "A" : "C", id, form);
}

void concepts(Table& countries, Table& cities, Table& languages, Table& currencies) {
    for (const char* lang : kLanguages) {
        icu::Locale locale(lang);
        UDisplayContext short_ctx[] = {UDISPCTX_LENGTH_SHORT};
        std::unique_ptr<icu::LocaleDisplayNames> long_names(icu::LocaleDisplayNames::createInstance(locale));
        std::unique_ptr<icu::LocaleDisplayNames> short_names(
            icu::LocaleDisplayNames::createInstance(locale, short_ctx, 1));
        for (const char* const* region = icu::Locale::getISOCountries(); *region; ++region) {
            std::string id = std::string("country:") + *region;
            icu::UnicodeString name;
            long_names->regionDisplayName(*region, name);
            if (name != icu::UnicodeString(*region)) add_concept(countries, lang, id, name);
            short_names->regionDisplayName(*region, name);
            if (name != icu::UnicodeString(*region)) add_concept(countries, lang, id, name);
        }
        for (const char* const* code = icu::Locale::getISOLanguages(); *code; ++code) {
            if (std::string(*code).size() != 2) continue;
            icu::UnicodeString name;
            long_names->languageDisplayName(*code, name);
            if (name != icu::UnicodeString(*code)) add_concept(languages, lang, std::string("language:") + *code, name);
        }
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::TimeZoneNames> zone_names(icu::TimeZoneNames::createInstance(locale, status));
        std::unique_ptr<icu::TimeZoneNames> english(icu::TimeZoneNames::createInstance(icu::Locale("en"), status));
        std::unique_ptr<icu::StringEnumeration> zones(
            icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
        if (U_SUCCESS(status)) {
            while (const icu::UnicodeString* zone = zones->snext(status)) {
                icu::UnicodeString city, city_en;
                zone_names->getExemplarLocationName(*zone, city);
                english->getExemplarLocationName(*zone, city_en);
                if (city.isEmpty() || city_en.isEmpty()) continue;
                std::string id = "city:" + utf8(city_en);
                for (char& c : id) if (c == ' ') c = '_';
                add_concept(cities, lang, id, city);
            }
        }
        status = U_ZERO_ERROR;
        UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
        const char* code;
        while (U_SUCCESS(status) && (code = uenum_next(codes, nullptr, &status))) {
            UChar ucode[4];
            icu::UnicodeString(code).extract(ucode, 4, status);
            UBool is_choice = false;
            int32_t length = 0;
            const UChar* name = ucurr_getName(ucode, lang, UCURR_LONG_NAME, &is_choice, &length, &status);
            if (U_SUCCESS(status) && name)
                add_concept(currencies, lang, std::string("currency:") + code, icu::UnicodeString(name, length));
            for (const char* plural : {"one", "few", "many", "other"}) {
                UErrorCode s2 = U_ZERO_ERROR;
                const UChar* p = ucurr_getPluralName(ucode, lang, &is_choice, plural, &length, &s2);
                if (U_SUCCESS(s2) && p)
                    add_concept(currencies, lang, std::string("currency:") + code, icu::UnicodeString(p, length));
            }
        }
        uenum_close(codes);
    }
}

void extra_forms(Table& extra, const char* path) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "generate_lexicon: cannot read " << path << "\n";
        std::exit(1);
    }
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string lang, kind, value, form;
        std::getline(fields, lang, '\t');
        std::getline(fields, kind, '\t');
        std::getline(fields, value, '\t');
        std::getline(fields, form);
        if (!form.empty()) add(extra, lang, kind, value, form);
    }
}

// Rows "id<TAB>en<TAB>ru<TAB>kk<TAB>tr<TAB>ar", forms joined by '|', '-' for
// none. Kept as written: a trailing '-' marks a verb root (айт-, söyle-),
// which the core matches as the start of a longer word.
void news_glossary(Table& glossary, const char* path) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "generate_lexicon: cannot read " << path << "\n";
        std::exit(1);
    }
    const char* const columns[] = {"en", "ru", "kk", "tr", "ar"};
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
        if (cells.size() != 6) {
            std::cerr << path << ":" << number << ": " << cells.size() << " columns, want 6\n";
            std::exit(1);
        }
        for (size_t c = 1; c < 6; ++c) {
            if (cells[c] == "-") continue;
            std::istringstream forms(cells[c]);
            for (std::string form; std::getline(forms, form, '|');)
                if (!form.empty()) add(glossary, columns[c - 1], "G", cells[0], form);
        }
    }
}

std::string c_escape(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '\\' || c == '"') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else out += static_cast<char>(c);
    }
    return out;
}

// One table per language: a line per (kind, value) with the keys its forms
// are filed under ("C\tcountry:OM\tоман|^оман"), so the core looks words
// up without stemming the tables when the page loads. A key several forms
// share is capitalized only if every one of them is (one lower-case form
// makes it a common word).
void write_table(std::ostream& out, const std::string& symbol, const Table& table, const std::string& language,
                 size_t& bytes, size_t& forms) {
    std::map<std::pair<std::string, std::string>, std::map<std::string, bool>> grouped;
    forms = 0;
    for (const Entry& e : table) {
        if (e.language != language) continue;
        ++forms;
        auto& keys = grouped[{e.kind, e.value}];
        for (const synoptic::lexicon::IndexKey& k : synoptic::lexicon::index_keys(language, e.kind[0], e.form)) {
            auto [at, added] = keys.emplace(k.key, k.capitalized);
            if (!added) at->second = at->second && k.capitalized;
        }
    }
    out << "const char " << symbol << "[] =\n";
    bytes = 0;
    for (const auto& [kind_value, keys] : grouped) {
        if (keys.empty()) continue;
        std::string line = kind_value.first + "\t" + kind_value.second + "\t";
        bool first = true;
        for (const auto& [key, capitalized] : keys) {
            line += (first ? "" : "|") + std::string(capitalized ? "^" : "") + key;
            first = false;
        }
        line += "\n";
        bytes += line.size();
        out << "    \"" << c_escape(line) << "\"\n";
    }
    out << "    \"\";\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: generate_lexicon OUTPUT.cpp EXTRA_FORMS.tsv NEWS_GLOSSARY.tsv\n";
        return 2;
    }
    std::map<std::string, Table> tables;
    number_words(tables["numbers"]);
    calendar_words(tables["calendar"]);
    concepts(tables["countries"], tables["cities"], tables["languages"], tables["currencies"]);
    extra_forms(tables["extra"], argv[2]);
    news_glossary(tables["glossary"], argv[3]);

    std::ostringstream out;
    out << "// Generated by src/core/lexicon/generators/generate_lexicon.cpp from ICU "
        << U_ICU_VERSION << " (CLDR). Do not edit.\n"
        << "#include \"core/lexicon/generated_tables.h\"\n\nnamespace synoptic::lexicon {\nnamespace {\n";
    std::vector<std::tuple<std::string, std::string, size_t, size_t>> index;
    for (const auto& [name, table] : tables)
        for (const char* language : kLanguages) {
            size_t bytes = 0, forms = 0;
            write_table(out, "k_" + name + "_" + language, table, language, bytes, forms);
            index.emplace_back(name, language, bytes, forms);
        }
    out << "} // namespace\n\nconst GeneratedTable kGeneratedTables[] = {\n";
    for (const auto& [name, language, bytes, entries] : index)
        out << "    {\"" << name << "\", \"" << language << "\", k_" << name << "_" << language << ", " << bytes
            << ", " << entries << "},\n";
    out << "};\nconst size_t kGeneratedTableCount = " << index.size() << ";\n\n} // namespace synoptic::lexicon\n";

    // Write only when changed, so a rebuild does not recompile the table.
    std::string text = out.str();
    std::ifstream old(argv[1], std::ios::binary);
    std::stringstream old_text;
    old_text << old.rdbuf();
    if (old && old_text.str() == text) return 0;
    std::ofstream file(argv[1], std::ios::binary);
    file << text;
    return file ? 0 : 1;
}
