#include <catch2/catch.hpp>

#include "core/text/script.h"

using namespace synoptic;

TEST_CASE("scripts of the seeds' letters") {
    CHECK(script_of(U'қ') == Script::Cyrillic);
    CHECK(script_of(U'ş') == Script::Latin);
    CHECK(script_of(U'ع') == Script::Arabic);
    CHECK(script_of(U'پ') == Script::Arabic);
    CHECK(script_of(U'5') == Script::Other);
    const ScriptCounts c = count_scripts("Иран мен АҚШ (@araghchi) 2026 بدر");
    CHECK(c.of(Script::Cyrillic) == 10);
    CHECK(c.of(Script::Latin) == 8);
    CHECK(c.of(Script::Arabic) == 3);
    CHECK(c.dominant() == Script::Cyrillic);
    CHECK(count_scripts("12:30 — !").dominant() == Script::Other);
}
