#include <catch2/catch.hpp>

#include <algorithm>

#include "core/features/word_form.h"
#include "core/lexicon/common_words.h"
#include "core/lexicon/lexicon.h"
#include "core/text/normalize.h"

using namespace synoptic;
using lexicon::EntryKind;

namespace {

bool knows(const char* word, const char* lang, EntryKind kind, const std::string& value) {
    std::string form = word_form(normalize_for_matching(word, lang), lang);
    const auto& entries = lexicon::lookup(lang, form);
    return std::any_of(entries.begin(), entries.end(),
                       [&](const lexicon::Entry& e) { return e.kind == kind && e.value == value; });
}

} // namespace

TEST_CASE("Month names come from CLDR in every form the languages use") {
    CHECK(knows("февраля", "ru", EntryKind::Month, "2"));  // genitive
    CHECK(knows("февраль", "ru", EntryKind::Month, "2"));  // standalone
    CHECK(knows("ақпан", "kk", EntryKind::Month, "2"));
    CHECK(knows("Şubat", "tr", EntryKind::Month, "2"));
    CHECK(knows("فبراير", "ar", EntryKind::Month, "2"));
    CHECK(knows("شباط", "ar", EntryKind::Month, "2"));     // Levantine name
    CHECK(knows("February", "en", EntryKind::Month, "2"));
    CHECK_FALSE(knows("февраля", "ru", EntryKind::Month, "3"));
}

TEST_CASE("Number words come from ICU's spell-out rules, with forms CLDR lacks") {
    CHECK(knows("бес", "kk", EntryKind::Number, "5"));
    CHECK(knows("пяти", "ru", EntryKind::Number, "5"));   // a case form from another rule set
    CHECK(knows("beş", "tr", EntryKind::Number, "5"));
    CHECK(knows("خمسة", "ar", EntryKind::Number, "5"));
    CHECK(knows("трёх", "ru", EntryKind::Number, "3"));   // added by hand: ё
    CHECK(knows("млрд", "ru", EntryKind::Scale, "1000000000"));
    CHECK(knows("milyar", "tr", EntryKind::Scale, "1000000000"));
    CHECK(knows("مليون", "ar", EntryKind::Scale, "1000000"));
}

TEST_CASE("Territories have their short forms and stand behind inflected mentions") {
    CHECK(knows("АҚШ", "kk", EntryKind::Acronym, "country:US"));
    CHECK(knows("США", "ru", EntryKind::Acronym, "country:US"));
    CHECK(knows("ABD", "tr", EntryKind::Acronym, "country:US"));
    CHECK(knows("Омандағы", "kk", EntryKind::Concept, "country:OM"));
    CHECK(knows("Омане", "ru", EntryKind::Concept, "country:OM"));
    CHECK(knows("Umman'da", "tr", EntryKind::Concept, "country:OM"));
    CHECK(knows("Маскате", "ru", EntryKind::Concept, "city:Muscat"));   // a time-zone exemplar city
    CHECK(knows("مسقط", "ar", EntryKind::Concept, "city:Muscat"));
}

TEST_CASE("Every generated table is present and compact enough for the page") {
    size_t total = 0;
    std::vector<std::string> names;
    for (const auto& t : lexicon::table_sizes()) {
        total += t.bytes;
        names.push_back(t.name);
        CHECK(t.entries > 0);
    }
    for (const char* want : {"numbers", "calendar", "countries", "cities", "languages", "currencies", "extra", "glossary"})
        CHECK(std::find(names.begin(), names.end(), want) != names.end());
    CHECK(total < 400 * 1024);
}

TEST_CASE("Titles and function words are known per language") {
    CHECK(lexicon::is_title_word("министр", "ru"));
    CHECK(lexicon::is_title_word("bakanı", "tr"));
    CHECK(lexicon::is_function_word("және", "kk"));
    CHECK_FALSE(lexicon::is_function_word("арагчи", "kk"));
}

TEST_CASE("Glossary roots begin inflected words, a root needs three letters unless a phrase narrows it") {
    auto root_means = [](const char* before, const char* word, const char* lang, const std::string& value) {
        std::string before_form = *before ? word_form(normalize_for_matching(before, lang), lang) : "";
        const auto& entries = lexicon::lookup_root(lang, before_form, normalize_for_matching(word, lang));
        return std::any_of(entries.begin(), entries.end(), [&](const lexicon::Entry& e) {
            return e.kind == EntryKind::Gloss && e.value == value && e.root;
        });
    };
    CHECK(root_means("", "айтқан", "kk", "say"));       // айт- + participle
    CHECK(root_means("", "айтуынша", "kk", "according_to")); // a longer entry wins over айт-
    CHECK(root_means("", "söyledi", "tr", "say"));      // söyle- + past tense
    CHECK(root_means("", "müzakerelerin", "tr", "negotiation")); // a lemma begins its inflections
    CHECK(root_means("атап", "өтті", "kk", "note"));    // өт- alone is two letters: only after атап
    CHECK_FALSE(root_means("", "өтті", "kk", "note"));
    CHECK(lexicon::lookup_root("kk", "", "ай").empty());
}
