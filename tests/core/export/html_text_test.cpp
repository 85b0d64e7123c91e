// Articles are untrusted: their text must reach an HTML page as letters.
#include <catch2/catch.hpp>

#include "core/export/html_text.h"

using namespace synoptic;

TEST_CASE("html_escape turns markup characters into character references") {
    CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(html_escape("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    CHECK(html_escape("it's R&D") == "it&#39;s R&amp;D");
    CHECK(html_escape("&amp;") == "&amp;amp;");
}

TEST_CASE("html_escape leaves letters of every script as they are") {
    CHECK(html_escape("Иран мен АҚШ") == "Иран мен АҚШ");
    CHECK(html_escape("سلطنة عمان") == "سلطنة عمان");
    CHECK(html_escape("Katar'dan") == "Katar&#39;dan");
    CHECK(html_escape("tab\tand\nline") == "tab\tand\nline");
    CHECK(html_escape("") == "");
}

TEST_CASE("html_escape shows bidi embeddings, overrides and isolates by name instead of letting them act") {
    CHECK(html_escape("abc\u202Edef") == "abc[U+202E]def");
    CHECK(html_escape("\u202A\u202B\u202C\u202D") == "[U+202A][U+202B][U+202C][U+202D]");
    CHECK(html_escape("\u2066x\u2067y\u2068z\u2069") == "[U+2066]x[U+2067]y[U+2068]z[U+2069]");
    // Marks open nothing: Arabic text needs them around digits and Latin.
    CHECK(html_escape("\u200F12\u200E\u061C") == "\u200F12\u200E\u061C");
}

TEST_CASE("html_escape replaces stray control characters and broken UTF-8 with U+FFFD") {
    CHECK(html_escape(std::string("a\0b", 3)) == "a\uFFFDb");
    CHECK(html_escape("a\x1b[31mb") == "a\uFFFD[31mb");
    CHECK(html_escape("a\u0085b") == "a\uFFFDb");
    CHECK(html_escape("a\xC3(b") == "a\uFFFD(b");
    CHECK(html_escape("\xE2\x80") == "\uFFFD");
}
