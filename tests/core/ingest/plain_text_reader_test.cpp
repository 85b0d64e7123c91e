// Plain text as the seeds and pasted articles come: the header line, a
// language tag, paragraphs one a line or blank-line separated, encodings.
#include <catch2/catch.hpp>

#include "core/ingest/read_article.h"
#include "support/article_texts.h"
#include "support/test_files.h"

using namespace synoptic;
using test::paragraph_texts;

namespace {

Article read(const std::string& bytes, const std::string& name = "pasted") {
    ReadOptions options;
    options.name = name;
    Result<Article> a = read_article(bytes, options);
    if (!a) FAIL(a.error().message);
    return std::move(a).value();
}

std::string seed(const char* name) { return test::read_file(test::seed_path(name)); }

} // namespace

TEST_CASE("the Kazakh seed: header date and title are metadata, the title is sentence 0") {
    const Article a = read(seed("000_84709defd8457a92.txt"), "000.txt");
    CHECK(a.meta.date == "2026-02-07");
    CHECK(a.meta.title == "Иран мен АҚШ Омандағы келіссөзін аяқтады");
    REQUIRE(!a.sentences.empty());
    CHECK(a.sentence_text(0) == a.meta.title);
    CHECK(a.sentences[0].paragraph == 0);
    // The header line itself ("date ...") is not article text.
    for (size_t i = 0; i < a.sentences.size(); ++i) CHECK(a.sentence_text(i).find("date 2026") == std::string_view::npos);
    // One paragraph per line of the body, plus the title: 12 lines.
    CHECK(a.paragraphs.size() == 13);
    CHECK(a.language == "kk");
}

TEST_CASE("the Russian seed: a language tag in the header, the title is the first line") {
    const Article a = read(seed("001_e7239c642e9fa5fc.txt"), "001.txt");
    CHECK(a.meta.language_tag == "РУ");
    CHECK(a.meta.title == "Иран и США завершили очередной раунд переговоров в Омане");
    CHECK(a.sentence_text(0) == a.meta.title);
    CHECK(a.language == "ru");
    // Indented lines: the indentation is not part of the paragraph.
    CHECK(a.slice(a.paragraphs[1].span).substr(0, 16) == "Контакты");
    CHECK(a.slice(a.paragraphs.back().span) == "Арсен Утешев");
}

TEST_CASE("the Turkish seed: 'Title - Site' in the header gives the site as source") {
    const Article a = read(seed("003_292c7b092348037e.txt"));
    CHECK(a.meta.title == "Katar'dan ABD-İran Müzakerelerine Destek");
    CHECK(a.meta.source == "Son Dakika");
    CHECK(a.sentence_text(0) == a.meta.title);
    CHECK(a.language == "tr");
}

TEST_CASE("the Arabic seed without a header: first line is the title, the printed date is read") {
    const Article a = read(seed("004_ca88b99b49bb6e08.txt"));
    CHECK(a.meta.title.rfind("سلطنة عمان تحتضن", 0) == 0);
    CHECK(a.meta.date == "2024-05-18");
    CHECK(a.meta.source == "مأرب برس");
    CHECK(a.language == "ar");
}

TEST_CASE("CRLF, CR and a UTF-8 BOM read the same as LF") {
    const std::string lf = "Заголовок статьи\n\nПервое предложение. Второе предложение.\nТретий абзац.\n";
    std::string crlf, cr;
    for (char c : lf) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        cr += c == '\n' ? '\r' : c;
    }
    const Article a = read(lf), b = read("\xEF\xBB\xBF" + crlf), c = read(cr);
    CHECK(paragraph_texts(a) == paragraph_texts(b));
    CHECK(paragraph_texts(a) == paragraph_texts(c));
    CHECK(paragraph_texts(a) ==
          std::vector<std::string>{"Заголовок статьи", "Первое предложение. Второе предложение.", "Третий абзац."});
    CHECK(b.sentences.size() == 4);
    CHECK(b.warnings.empty());
}

TEST_CASE("UTF-16 with a byte-order mark, little and big endian") {
    const std::string utf8 = "Қазақстан жаңалықтары\n\nАстанада жиын өтті.";
    // Encode by hand: every code point here is in the BMP.
    std::u16string u16;
    for (size_t i = 0; i < utf8.size();) {
        const unsigned char b = static_cast<unsigned char>(utf8[i]);
        char32_t cp;
        if (b < 0x80) { cp = b; i += 1; }
        else { cp = ((b & 0x1F) << 6) | (utf8[i + 1] & 0x3F); i += 2; }
        u16 += static_cast<char16_t>(cp);
    }
    std::string le = "\xFF\xFE", be = "\xFE\xFF";
    for (char16_t u : u16) {
        le += static_cast<char>(u & 0xFF);
        le += static_cast<char>(u >> 8);
        be += static_cast<char>(u >> 8);
        be += static_cast<char>(u & 0xFF);
    }
    const Article a = read(le), b = read(be);
    CHECK(a.text == utf8);
    CHECK(b.text == utf8);
    CHECK(a.meta.title == "Қазақстан жаңалықтары");
}

TEST_CASE("a soft-wrapped paragraph is one paragraph, a line per paragraph otherwise") {
    const Article a = read("Title line\n\nThis sentence was wrapped by an e-mail program\nat seventy columns and goes on.\nA new line starting upper case.\n");
    CHECK(paragraph_texts(a) == std::vector<std::string>{
                                    "Title line",
                                    "This sentence was wrapped by an e-mail program\nat seventy columns and goes on.",
                                    "A new line starting upper case."});
    CHECK(a.sentence_text(1) == "This sentence was wrapped by an e-mail program\nat seventy columns and goes on.");
}

TEST_CASE("every span lies inside the text and on UTF-8 boundaries") {
    for (const char* name : {"000_84709defd8457a92.txt", "001_e7239c642e9fa5fc.txt", "002_970eac684697c81d.txt",
                             "003_292c7b092348037e.txt", "004_ca88b99b49bb6e08.txt"}) {
        const Article a = read(seed(name));
        for (const Sentence& s : a.sentences) {
            REQUIRE(s.span.end <= a.text.size());
            REQUIRE(s.span.begin < s.span.end);
            const auto lead = [&](uint32_t at) { return at == a.text.size() || (static_cast<unsigned char>(a.text[at]) & 0xC0) != 0x80; };
            CHECK(lead(s.span.begin));
            CHECK(lead(s.span.end));
            const ByteSpan p = a.paragraphs[s.paragraph].span;
            CHECK(s.span.begin >= p.begin);
            CHECK(s.span.end <= p.end);
        }
    }
}

TEST_CASE("the user's language wins over identification") {
    ReadOptions options;
    options.language = "ru";
    Result<Article> a = read_article(seed("000_84709defd8457a92.txt"), options);
    REQUIRE(a.ok());
    CHECK(a->language == "ru");
    CHECK(a->language_overridden);
    for (const Paragraph& p : a->paragraphs) CHECK(p.language == "ru");
}

TEST_CASE("a title with inner punctuation stays one sentence") {
    const Article a = read(" date 2026-02-07 Что дальше? Иран и США договорились\nПереговоры прошли в Маскате. Они продолжатся.\n");
    REQUIRE(a.sentences.size() == 3);
    CHECK(a.sentence_text(0) == "Что дальше? Иран и США договорились");
    CHECK(a.sentence_text(1) == "Переговоры прошли в Маскате.");
}
