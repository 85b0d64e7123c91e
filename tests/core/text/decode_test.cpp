// Bytes to clean UTF-8: encodings, binary files, repairs and their warnings.
#include <catch2/catch.hpp>

#include "core/text/decode.h"
#include "core/text/utf8.h"

using namespace synoptic;

TEST_CASE("invalid UTF-8 is replaced with U+FFFD and reported") {
    CHECK(repair_utf8("ok \xC3\x28 ok").text == "ok \xEF\xBF\xBD( ok"); // bad continuation
    CHECK(repair_utf8("\xE2\x82").text == "\xEF\xBF\xBD");              // truncated
    CHECK(repair_utf8("\xC0\xAF").replaced_sequences == 2);             // overlong: two bad bytes
    CHECK(repair_utf8("\xED\xA0\x80").replaced_sequences >= 1);          // a surrogate
    CHECK(repair_utf8("\xF4\x90\x80\x80").replaced_sequences >= 1);      // above U+10FFFF
    CHECK(repair_utf8("Қазақ \xEF\xBF\xBD").replaced_sequences == 0);   // a real U+FFFD is valid
    CHECK(is_valid_utf8("Қазақ тілі"));
    CHECK_FALSE(is_valid_utf8("\xFF"));
    Result<DecodedText> d = decode_text("Иран \xFF\xFE\xFD и США.");
    REQUIRE(d.ok());
    CHECK(is_valid_utf8(d->text));
    REQUIRE(d->warnings.size() == 1);
    CHECK(d->warnings[0] == "replaced 3 invalid UTF-8 sequences with U+FFFD");
}

TEST_CASE("empty and whitespace-only input are errors") {
    CHECK(decode_text("").error().message == "the file is empty");
    CHECK(decode_text(" \n\t\n").error().message == "the file contains no text");
}

TEST_CASE("binary files are recognised by their signature") {
    CHECK(decode_text("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n").error().message == "looks like a binary file (PDF), not text");
    CHECK(decode_text(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).error().message ==
          "looks like a binary file (PNG image), not text");
    CHECK(sniff_binary_format("\xFF\xD8\xFF\xE0") == "JPEG image");
    CHECK(sniff_binary_format("PK\x03\x04") == "ZIP archive or office document");
    std::string noise;
    for (int i = 0; i < 1000; ++i) noise += static_cast<char>((i * 7) % 32);
    CHECK(sniff_binary_format(noise) == "unknown binary format");
    CHECK(sniff_binary_format("Just text.\n") == "");
}

TEST_CASE("NUL bytes and control characters are removed with a warning") {
    Result<DecodedText> d = decode_text(std::string("Bir\0 iki\x01 üç.", 15));
    REQUIRE(d.ok());
    CHECK(d->text == "Bir iki üç.");
    CHECK(d->warnings == std::vector<std::string>{"removed 1 NUL byte", "removed 1 control character"});
}

TEST_CASE("bidi controls and zero-width characters are stripped, ZWNJ kept") {
    // RLM, LRE...PDF, ZWSP, word joiner, soft hyphen, BOM inside text.
    const std::string in = "\xE2\x80\x8F" "Abbas\xE2\x80\x8B Araghchi \xE2\x80\xAA" "said\xE2\x80\xAC"
                           " to\xC2\xAD" "day\xEF\xBB\xBF.\n" "می\xE2\x80\x8Cرفت";
    Result<DecodedText> d = decode_text(in);
    REQUIRE(d.ok());
    CHECK(d->text == "Abbas Araghchi said today.\nمی\xE2\x80\x8Cرفت");
    CHECK(d->warnings == std::vector<std::string>{"removed 6 invisible bidi or zero-width characters"});
}

TEST_CASE("line ends become LF, UTF-16 without a BOM is recognised") {
    CHECK(decode_text("a\r\nb\rc\n").value().text == "a\nb\nc\n");
    std::string le;
    for (char c : std::string("Hello, world. This is UTF-16.")) {
        le += c;
        le += '\0';
    }
    Result<DecodedText> d = decode_text(le);
    REQUIRE(d.ok());
    CHECK(d->text == "Hello, world. This is UTF-16.");
    CHECK(d->encoding == "UTF-16LE");
    CHECK(d->warnings == std::vector<std::string>{"read as UTF-16LE without a byte-order mark"});
}

TEST_CASE("UTF-16 surrogate pairs decode and lone surrogates are replaced") {
    // U+1F600 as D83D DE00, then a lone D800, little endian with BOM.
    const std::string le("\xFF\xFE" "A\0" "\x3D\xD8\x00\xDE" "\x00\xD8" "B\0", 12);
    Result<DecodedText> d = decode_text(le);
    REQUIRE(d.ok());
    CHECK(d->text == "A\xF0\x9F\x98\x80\xEF\xBF\xBD" "B");
    CHECK(d->warnings.size() == 1);
}
