// Cyrillic and Arabic sentences of the demo articles in Latin letters, for
// a reader who does not read the script.
#include <catch2/catch.hpp>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include "core/text/reading_latin.h"

using namespace synoptic;

namespace {
// How many letters of `text` are not Latin.
int letters_outside_latin(const std::string& text) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    int outside = 0;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        const UChar32 c = u.char32At(i);
        UErrorCode status = U_ZERO_ERROR;
        // ʿ and ʾ (ayn, hamza) are modifier letters of no script (Common), as romanizations write them.
        const UScriptCode script = uscript_getScript(c, &status);
        if (u_isalpha(c) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) ++outside;
    }
    return outside;
}
} // namespace

TEST_CASE("a Kazakh headline reads in Latin letters, its Kazakh letters romanized by BGN") {
    const std::string latin = latin_for_reading("Иран мен АҚШ Омандағы келіссөзін аяқтады", "kk");
    CHECK(letters_outside_latin(latin) == 0);
    CHECK(latin.rfind("Īran men AQSH Omandaghy", 0) == 0);
}

TEST_CASE("a Russian sentence reads in Latin letters, names recognisable") {
    const std::string latin = latin_for_reading("Иран и США завершили очередной раунд переговоров в Омане", "ru");
    CHECK(letters_outside_latin(latin) == 0);
    CHECK(latin.rfind("Iran i SSHA zavershili", 0) == 0);
}

TEST_CASE("an Arabic sentence reads in Latin letters, digits and Latin words stay") {
    const std::string latin = latin_for_reading("أطلقت إيران 350 صاروخا على إسرائيل S-300", "ar");
    CHECK(letters_outside_latin(latin) == 0);
    CHECK(latin.find("350") != std::string::npos);
    CHECK(latin.find("S-300") != std::string::npos);
}

TEST_CASE("Latin-script languages need no romanization") {
    CHECK_FALSE(needs_latin_for_reading("tr"));
    CHECK_FALSE(needs_latin_for_reading("en"));
    CHECK(needs_latin_for_reading("kk"));
    CHECK(needs_latin_for_reading("ar"));
}
