#include <catch2/catch.hpp>

#include "core/search/word_keys.h"
#include "core/search/word_match.h"

using namespace synoptic;

namespace {

// A query as typed in the find box against a word of a text in `language`.
WordMatch match(const char* query, const char* word, const char* language, bool prefix = true) {
    return match_word(word_keys(query, ""), word_keys(word, language), {prefix, true});
}

bool sound(const char* query, const char* word, const char* language) {
    return match(query, word, language) == WordMatch::Sound;
}

} // namespace

TEST_CASE("The literal form folds case, diacritics and the Turkish dotless i") {
    CHECK(word_keys("Erakçı", "tr").fold == "erakci");
    CHECK(word_keys("İran", "tr").fold == "iran");
    CHECK(word_keys("IRAN", "").fold == "iran");
    CHECK(word_keys("إيران", "ar").fold == "ايران");
    CHECK(word_keys("وإيران", "ar").bare_fold == "ايران");
    CHECK(match("erakci", "Erakçı'nın", "tr") == WordMatch::Literal);
    CHECK(match("иран", "Ирана", "ru") == WordMatch::Literal);
    CHECK(match("ايران", "وإيران", "ar") == WordMatch::Literal);
}

TEST_CASE("A literal match begins the word, and only the last word of a phrase may be cut short") {
    CHECK(match("Ира", "Ирана", "ru") == WordMatch::Literal);
    CHECK(match("ран", "Ирана", "ru") == WordMatch::None);
    CHECK(match("Ира", "Ирана", "ru", false) == WordMatch::None);
}

TEST_CASE("The issue's names are found by sound across scripts and spellings") {
    CHECK(sound("Witkoff", "Уиткофф", "ru"));
    CHECK(sound("Witkoff", "ويتكوف", "ar"));
    CHECK(sound("Уиткофф", "Witkoff", "tr"));
    CHECK(sound("Aragchi", "Арагчи", "ru"));
    CHECK(sound("Aragchi", "Аракчи", "ru"));
    CHECK(sound("Aragchi", "Erakçı", "tr"));
    CHECK(sound("Aragchi", "عراقجي", "ar"));
    CHECK(sound("Маскат", "Muscat", "en"));
    CHECK(sound("Маскат", "مسقط", "ar"));
    CHECK(sound("Маскат", "Maskat", "tr"));
    CHECK(match("Маскат", "Маскате", "ru") == WordMatch::Literal);
    CHECK(sound("Muscat", "Маскате", "ru"));
    CHECK(sound("Muscat", "Маскатта", "kk"));
    CHECK(sound("مسقط", "Muscat", "en"));
}

TEST_CASE("Inflected names are found through their name forms and Arabic clitics") {
    CHECK(sound("Iran", "Иранның", "kk"));
    CHECK(sound("Iran", "Ираном", "ru"));
    CHECK(sound("Iran", "وإيران", "ar"));
    CHECK(sound("Iran", "لإيران", "ar"));
    CHECK(sound("Oman", "Омандағы", "kk"));
    CHECK(sound("Oman", "عُمان", "ar"));
    CHECK(sound("Albusaidi", "Бусаиди", "ru"));
    CHECK(sound("Albusaidi", "البوسعيدي", "ar"));
}

TEST_CASE("Short names are told apart by their vowels, not only their consonants") {
    CHECK_FALSE(sound("Iran", "oran", "tr"));      // rate
    CHECK_FALSE(sound("Iran", "Oran", "tr"));
    CHECK_FALSE(sound("Iran", "арнайы", "kk"));    // special
    CHECK_FALSE(sound("Iran", "ранее", "ru"));     // earlier
    CHECK_FALSE(sound("Oman", "من", "ar"));        // from
    CHECK_FALSE(sound("Oman", "يمن", "ar"));       // Yemen
    CHECK_FALSE(sound("Axios", "إكس", "ar"));      // X
    CHECK_FALSE(sound("Badr", "بضربة", "ar"));     // with a strike
    CHECK_FALSE(sound("Katar", "которую", "ru"));  // a lower-case pronoun
    CHECK_FALSE(sound("Dakika", "такого", "ru"));
    CHECK_FALSE(sound("Washington", "Бусаидидің", "kk"));
    CHECK_FALSE(sound("Iran", "Herhangi", "tr"));  // any: its h is heard
    CHECK_FALSE(sound("Oman", "كايمان", "ar"));    // Cayman; ايمان (faith) begins with an i
    CHECK_FALSE(sound("مسقط", "Msgid", "tr"));     // no Arabic word begins with two consonants
    CHECK(sound("Hamas", "Хамас", "ru"));
}

TEST_CASE("A word being typed is not looked for by sound until it has two consonants and four symbols") {
    CHECK_FALSE(sound("Wit", "Уиткофф", "ru"));
    CHECK_FALSE(sound("Ir", "Иран", "ru"));
    CHECK(sound("Witk", "Уиткофф", "ru"));
}

TEST_CASE("Function words and acronyms are never matched by sound") {
    CHECK(word_keys("бері", "kk").sound == WordKeys::Sound::Never);
    CHECK(word_keys("وكان", "ar").sound == WordKeys::Sound::Never); // و + كان
    CHECK(word_keys("АҚШ", "kk").sound == WordKeys::Sound::Never);
    CHECK(word_keys("very", "").sound == WordKeys::Sound::Never);
    CHECK(word_keys("Уиткофф", "ru").sound == WordKeys::Sound::Name);
    CHECK(word_keys("araghchi", "en", true).sound == WordKeys::Sound::Name);
    CHECK(word_keys("переговоры", "ru").sound == WordKeys::Sound::Common);
}

TEST_CASE("Without sound, only the letters typed are found") {
    const WordKeys query = word_keys("Witkoff", "");
    CHECK(match_word(query, word_keys("Уиткофф", "ru"), {true, false}) == WordMatch::None);
    CHECK(match_word(query, word_keys("Witkoff", "tr"), {true, false}) == WordMatch::Literal);
}
