#include <catch2/catch.hpp>

#include <unicode/messagepattern.h>
#include <unicode/plurrule.h>

#include <memory>
#include <regex>
#include <set>
#include <string>

#include "app/i18n/catalog.h"
#include "app/i18n/interface_languages.h"

using namespace synoptic;
using namespace synoptic::i18n;

namespace {

const Catalog& catalog(const std::string& language) {
    static std::vector<std::pair<std::string, std::unique_ptr<Catalog>>> loaded;
    for (auto& [code, c] : loaded)
        if (code == language) return *c;
    Result<Catalog> parsed = load_catalog(language);
    REQUIRE(parsed.ok());
    loaded.emplace_back(language, std::make_unique<Catalog>(std::move(parsed).value()));
    return *loaded.back().second;
}

std::vector<Msg> all_messages() {
    std::vector<Msg> out;
    for (size_t i = 0; i < kMessageCount; ++i) out.push_back(Msg(i));
    return out;
}

struct PatternShape {
    std::set<std::string> arguments;
    std::vector<std::set<std::string>> plural_keywords; // per plural argument, in order
};

PatternShape shape_of(const std::string& pattern) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(pattern), nullptr, status);
    REQUIRE(U_SUCCESS(status));
    PatternShape shape;
    for (int32_t i = 0; i < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        std::string text;
        parsed.getSubstring(part).toUTF8String(text);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_NAME) shape.arguments.insert(text);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_START && part.getArgType() == UMSGPAT_ARG_TYPE_PLURAL)
            shape.plural_keywords.emplace_back();
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR && !shape.plural_keywords.empty())
            shape.plural_keywords.back().insert(text);
    }
    return shape;
}

std::set<std::string> plural_categories(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(language.c_str()), status));
    REQUIRE(U_SUCCESS(status));
    std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
    std::set<std::string> out;
    while (const char* k = keywords->next(nullptr, status)) out.insert(k);
    return out;
}

} // namespace

TEST_CASE("every interface language's catalog is complete and parses", "[i18n]") {
    REQUIRE(interface_languages().front() == "en");
    for (const std::string& language : {"en", "ru", "kk", "tr", "ar"}) {
        INFO(language);
        CHECK(std::find(interface_languages().begin(), interface_languages().end(), language) !=
              interface_languages().end());
        const Catalog& c = catalog(language);
        CHECK(c.language() == language);
        CHECK_FALSE(c.native_name().empty());
        CHECK(c.right_to_left() == (language == "ar"));
    }
}

TEST_CASE("a translated message takes the same arguments as the English one", "[i18n]") {
    for (const std::string& language : interface_languages()) {
        for (Msg m : all_messages()) {
            INFO(language << " " << message_key(m) << ": " << catalog(language).pattern(m));
            CHECK(shape_of(catalog(language).pattern(m)).arguments == shape_of(catalog("en").pattern(m)).arguments);
        }
    }
}

TEST_CASE("every count is written in every plural form its language has", "[i18n]") {
    for (const std::string& language : interface_languages()) {
        const std::set<std::string> categories = plural_categories(language);
        for (Msg m : all_messages()) {
            for (const std::set<std::string>& keywords : shape_of(catalog(language).pattern(m)).plural_keywords) {
                INFO(language << " " << message_key(m));
                for (const std::string& category : categories) {
                    INFO("plural form " << category);
                    CHECK(keywords.count(category) == 1);
                }
            }
        }
    }
}

TEST_CASE("counts take the language's plural forms", "[i18n]") {
    const auto heading = [](const std::string& language, int count) {
        return catalog(language).format(Msg::LibraryHeading, {{"count", count}});
    };
    CHECK(heading("en", 1) != heading("en", 2));
    // Russian: 1 статья, 3 статьи, 5 статей, 21 статья.
    std::set<std::string> russian;
    for (int n : {1, 3, 5}) russian.insert(heading("ru", n).substr(heading("ru", n).find(std::to_string(n)) + 1));
    CHECK(russian.size() == 3);
    CHECK(heading("ru", 21).find(std::to_string(21)) != std::string::npos);
    // Arabic has six forms: 0, 1, 2, 3–10, 11–99, 100.
    std::set<std::string> arabic;
    for (int n : {0, 1, 2, 3, 11, 100}) arabic.insert(heading("ar", n));
    CHECK(arabic.size() == 6);
}

TEST_CASE("arguments are put in, numbers as the language writes them", "[i18n]") {
    const std::string line = catalog("en").format(Msg::LibraryArticleLine,
                                                  {{"language", "kk"}, {"date", "2026-02-07"}, {"sentences", 12}});
    CHECK(line == "kk · 2026-02-07 · 12 sentences");
    CHECK(catalog("en").format(Msg::RowPresence, {{"present", 2}, {"total", 3}, {"strength", 0.875}}).find("0.88") !=
          std::string::npos);
    CHECK(catalog("ru").format(Msg::RowPresence, {{"present", 2}, {"total", 3}, {"strength", 0.875}}).find("0,88") !=
          std::string::npos);
}

TEST_CASE("no message of a translated catalog is left in English", "[i18n]") {
    for (const std::string& language : interface_languages()) {
        if (language == "en") continue;
        for (Msg m : all_messages()) {
            // Words of the English message outside its arguments' names.
            const std::string english = std::regex_replace(catalog("en").text(m), std::regex("\\{\\w+\\}"), "");
            size_t letters = 0;
            for (char c : english) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
            if (letters < 3) continue;
            INFO(language << " " << message_key(m));
            CHECK(catalog(language).pattern(m) != catalog("en").pattern(m));
        }
    }
}

TEST_CASE("the interface language follows the browser's preferences", "[i18n]") {
    CHECK(choose_interface_language({"ru-RU", "en"}) == "ru");
    CHECK(choose_interface_language({"de-DE", "kk"}) == "kk");
    CHECK(choose_interface_language({"AR_eg"}) == "ar");
    CHECK(choose_interface_language({"fr"}) == "en");
    CHECK(choose_interface_language({}) == "en");
    CHECK_FALSE(load_catalog("de").ok());
}

TEST_CASE("a damaged catalog is refused with the reason", "[i18n]") {
    CHECK(Catalog::parse("not json").error().message.find("JSON") != std::string::npos);
    std::string missing = R"({"language": "xx", "name": "X", "direction": "ltr", "messages": {}})";
    CHECK(Catalog::parse(missing).error().message.find("missing") != std::string::npos);
    std::string english = catalog("en").pattern(Msg::ExportButton);
    std::string unknown = R"({"language": "xx", "name": "X", "direction": "ltr", "messages": {"no.such": "x"}})";
    CHECK(Catalog::parse(unknown).error().message.find("no.such") != std::string::npos);
    std::string sideways = R"({"language": "xx", "name": "X", "direction": "up", "messages": {}})";
    CHECK(Catalog::parse(sideways).error().message.find("direction") != std::string::npos);
}

TEST_CASE("a catalog's header names its language without its messages", "[i18n]") {
    for (const std::string& language : interface_languages()) {
        Result<LanguageHeader> header = load_language_header(language);
        REQUIRE(header.ok());
        CHECK(header->language == language);
        CHECK(header->name == catalog(language).native_name());
        CHECK(header->right_to_left == catalog(language).right_to_left());
    }
    CHECK_FALSE(load_language_header("de").ok());
    CHECK(LanguageHeader::parse(R"({"language": "xx", "direction": "ltr"})").error().message.find("names no language") !=
          std::string::npos);
}
