// Whitespace collapsed for one-line text: page titles, metadata, sentences
// that a soft wrap or a no-break space split across lines.
#include <catch2/catch.hpp>

#include "core/text/whitespace.h"

using namespace synoptic;

TEST_CASE("runs of whitespace become one space, ends are trimmed") {
    CHECK(collapse_whitespace("  Иран и США\n  провели\tпереговоры \r\n") == "Иран и США провели переговоры");
    CHECK(collapse_whitespace("Katar'dan\f destek") == "Katar'dan destek");
    CHECK(collapse_whitespace(" \n\t ") == "");
    CHECK(collapse_whitespace("") == "");
}

TEST_CASE("a no-break space counts as whitespace, other non-ASCII letters are kept") {
    // "10 000" with U+00A0 as Russian and Kazakh news group thousands.
    CHECK(collapse_whitespace("10\xC2\xA0" "000 теңге") == "10 000 теңге");
    CHECK(collapse_whitespace("\xC2\xA0" "Астана\xC2\xA0\xC2\xA0") == "Астана");
    // U+0100 (C4 80) and U+00C2 (C3 82) are letters, not a no-break space.
    CHECK(collapse_whitespace("\xC4\x80 \xC3\x82") == "\xC4\x80 \xC3\x82");
    CHECK(collapse_whitespace("في  الدوحة") == "في الدوحة");
}
