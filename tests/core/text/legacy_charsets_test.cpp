// Articles saved from older sites in single-byte encodings read as the text
// they are: the seeds, encoded into each charset, come back word for word.
#include <catch2/catch.hpp>
#include <unicode/ucnv.h>

#include "core/text/decode.h"
#include "core/text/legacy_charsets.h"
#include "support/test_files.h"

using namespace synoptic;

namespace {

std::string encode(const std::string& utf8, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 2 + 1, '\0');
    const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), int32_t(out.size()), utf8.data(), int32_t(utf8.size()),
                                   &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(size_t(n));
    return out;
}

// The body of a seed (without its header line), as one string of lines.
std::string seed_body(const std::string& name) {
    const std::string text = test::read_file(test::seed_path(name));
    return text.substr(text.find('\n') + 1);
}

} // namespace

TEST_CASE("undeclared single-byte text is read in the charset it reads best in", "[text][charsets]") {
    struct Case {
        const char* seed;
        const char* charset;
    };
    const Case cases[] = {
        {"001_e7239c642e9fa5fc.txt", "windows-1251"}, // Russian
        {"002_970eac684697c81d.txt", "KOI8-R"},       // Russian
        {"004_ca88b99b49bb6e08.txt", "windows-1256"}, // Arabic
        {"003_292c7b092348037e.txt", "windows-1254"}, // Turkish
    };
    for (const Case& c : cases) {
        CAPTURE(c.seed, c.charset);
        // The seeds hold a few characters these charsets lack (typographic
        // quotes, ё in KOI8-R is fine): compare against the round trip.
        const std::string original = seed_body(c.seed);
        const std::string bytes = encode(original, c.charset);
        REQUIRE(bytes != original);
        CHECK(guess_legacy_charset(bytes) == c.charset);
        Result<DecodedText> decoded = decode_text(bytes);
        REQUIRE(decoded);
        CHECK(decoded->encoding == c.charset);
        CHECK(decoded->text.find(original.substr(0, 40)) != std::string::npos);
        CHECK(std::any_of(decoded->warnings.begin(), decoded->warnings.end(),
                          [&](const std::string& w) { return w.find(c.charset) != std::string::npos; }));
    }
}

TEST_CASE("a page's declared charset is honoured, unless its bytes are valid UTF-8", "[text][charsets]") {
    const std::string title = "Иран и США завершили очередной раунд переговоров в Омане";
    const std::string page_1251 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                                  "<title>" + encode(title, "windows-1251") + "</title></head></html>";
    CHECK(declared_html_charset(page_1251) == "windows-1251");
    Result<DecodedText> decoded = decode_text(page_1251);
    REQUIRE(decoded);
    CHECK(decoded->encoding == "windows-1251");
    CHECK(decoded->text.find(title) != std::string::npos);

    // Declared Latin-1, written in UTF-8: the bytes win, nothing is converted.
    const std::string mislabelled = "<html><head><meta charset=\"iso-8859-1\"><title>" + title + "</title></head></html>";
    CHECK(declared_html_charset(mislabelled) == "iso-8859-1");
    Result<DecodedText> kept = decode_text(mislabelled);
    REQUIRE(kept);
    CHECK(kept->encoding == "UTF-8");
    CHECK(kept->text.find(title) != std::string::npos);
}

TEST_CASE("charset names are read as pages write them", "[text][charsets]") {
    CHECK(supported_legacy_charset("CP1251") == "windows-1251");
    CHECK(supported_legacy_charset("koi8-r") == "KOI8-R");
    CHECK(supported_legacy_charset("ISO-8859-9") == "windows-1254");
    CHECK(supported_legacy_charset("utf-8").empty());
    CHECK(supported_legacy_charset("shift_jis").empty());
    CHECK(declared_html_charset("<p>no meta here</p>").empty());
}
