// The session file: what is written is read back as the same document, and
// a file that is not one, or is damaged, is refused with a message.
#include <catch2/catch.hpp>

#include <functional>

#include <nlohmann/json.hpp>

#include "core/session/base64.h"
#include "core/session/session_file.h"
#include "session_fixture.h"

using namespace synoptic;
using namespace synoptic::test;

namespace {
const ArticleId kazakh{1}, russian{2}, turkish{4};

// A document with every kind of user state: a renamed article, a language
// override, a removed article (its id is not reused), three compared,
// a mode, a pair's own mode, what the last alignment made of its pair,
// edited and checked rows, and an alignment still due.
Document edited_document() {
    Document document = demo_document();
    apply_ok(document, RenameArticle{kazakh, "Kazinform «kk» \"quoted\""});
    apply_ok(document, UnlinkSentence{{kazakh, 0}});
    apply_ok(document, MarkRowChecked{3, true});
    apply_ok(document, RemoveArticle{ArticleId{3}});
    apply_ok(document, SetLanguage{turkish, "tr"});
    apply_ok(document, SetCompared{{russian, kazakh, turkish}});
    apply_ok(document, SetMode{AlignMode::Comparable});
    apply_ok(document, SetPairMode{kazakh, russian, AlignMode::Parallel});
    REQUIRE(document.state().pair_outcomes.size() == 1); // of the demo's kk~ru alignment
    return document;
}

std::string message_for(std::string_view text) {
    Result<Document> read = read_session(text);
    REQUIRE_FALSE(read.ok());
    CHECK_FALSE(read.error().message.empty());
    return read.error().message;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The session of the demo document with one change made to its JSON.
std::string changed(const std::function<void(nlohmann::json&)>& change) {
    nlohmann::json session = nlohmann::json::parse(write_session(demo_document()));
    change(session);
    return session.dump();
}
} // namespace

TEST_CASE("base64 carries any bytes and refuses what is not base64") {
    for (const std::string bytes : {std::string(), std::string("a"), std::string("ab"), std::string("abc"),
                                    std::string("\0\xff\x80 binary", 10)})
        CHECK(decode_base64(encode_base64(bytes)) == bytes);
    CHECK(encode_base64("Synoptic") == "U3lub3B0aWM=");
    CHECK_FALSE(decode_base64("U3lub3B0aWM").has_value());
    CHECK_FALSE(decode_base64("U3l=b3B0aWM=").has_value());
    CHECK_FALSE(decode_base64("U3lub3B0aW!=").has_value());
}

TEST_CASE("a session written and read back is the same document") {
    const Document document = edited_document();
    const std::string text = write_session(document);
    Result<Document> read = read_session(text);
    INFO((read ? std::string() : read.error().message));
    REQUIRE(read.ok());
    CHECK(read->state() == document.state());
    CHECK(read->next_id() == document.next_id());
    CHECK(read->state().needs_alignment);
    CHECK_FALSE(read->can_undo()); // the history is not saved
    CHECK(write_session(*read) == text);
    // The articles are read again from their bytes, the same way.
    for (size_t i = 0; i < document.state().articles.size(); ++i) {
        const Article& a = document.state().articles[i].article();
        const Article& b = read->state().articles[i].article();
        CHECK(a.text == b.text);
        CHECK(a.sentences.size() == b.sentences.size());
        CHECK(a.language == b.language);
    }
}

TEST_CASE("a session file says what it is, and holds one article and one row a line") {
    const std::string text = write_session(demo_document());
    CHECK(text.rfind("{\"format\":\"synoptic-session\",\"version\":1,", 0) == 0);
    const nlohmann::json session = nlohmann::json::parse(text);
    CHECK(session["articles"].size() == 5);
    CHECK(session["articles"][0]["bytes"] == encode_base64(read_file(seed_path(demo_files()[0]))));
    CHECK(session["rows"].size() == demo_document().state().rows.size());
    CHECK(std::count(text.begin(), text.end(), '\n') == 5 + 5 + long(session["rows"].size()));
}

TEST_CASE("a damaged or foreign file is refused with a message, and nothing is created") {
    const std::string good = write_session(demo_document());
    CHECK(contains(message_for(""), "empty"));
    CHECK(contains(message_for(good.substr(0, good.size() / 2)), "ends too early"));
    CHECK(contains(message_for("Иран и США завершили переговоры"), "not valid JSON"));
    CHECK(contains(message_for("[1, 2, 3]"), "not a Synoptic session file"));
    CHECK(contains(message_for("{\"articles\": []}"), "not a Synoptic session file"));
    CHECK(contains(message_for("{\"format\": \"tmx\", \"version\": 1}"), "\"tmx\" file"));
    CHECK(contains(message_for(changed([](auto& s) { s["version"] = 2; })), "newer Synoptic"));
    CHECK(contains(message_for(changed([](auto& s) { s.erase("version"); })), "which version"));
    CHECK(contains(message_for(std::string(100000, '[')), "nested"));
}

TEST_CASE("a file with a field of the wrong type or missing is refused, naming the field") {
    CHECK(message_for(changed([](auto& s) { s["articles"][1]["name"] = 7; })) ==
          "This session file is damaged: article 2's \"name\" should be text, not a number.");
    CHECK(contains(message_for(changed([](auto& s) { s["rows"][0]["sentences"] = "0,0"; })),
                   "row 1's \"sentences\" should be a list"));
    CHECK(contains(message_for(changed([](auto& s) { s["rows"][2]["sentences"][0] = {-1}; })), "whole number"));
    CHECK(contains(message_for(changed([](auto& s) { s["rows"][2]["checked"] = "yes"; })), "true or false"));
    CHECK(contains(message_for(changed([](auto& s) { s["compared"] = {1, 1}; })), "compared twice"));
    CHECK(contains(message_for(changed([](auto& s) { s["compared"] = {1, 9}; })), "not in the library"));
    CHECK(contains(message_for(changed([](auto& s) { s["mode"] = "fast"; })), "\"fast\""));
    CHECK(contains(message_for(changed([](auto& s) { s["articles"][0].erase("bytes"); })), "has no \"bytes\""));
    CHECK(contains(message_for(changed([](auto& s) { s["articles"][0]["bytes"] = "not base64!"; })), "not base64"));
    CHECK(contains(message_for(changed([](auto& s) { s["articles"][0]["format"] = "pdf"; })), "\"pdf\""));
    CHECK(contains(message_for(changed([](auto& s) { s["articles"][2]["id"] = 1; })), "two articles have the id 1"));
    CHECK(contains(message_for(changed([](auto& s) { s["next_id"] = 3; })), "not below the next id"));
    CHECK(contains(message_for(changed([](auto& s) { s["articles"][0]["bytes"] = ""; })), "empty"));
    CHECK(contains(message_for(changed([](auto& s) { s["articles"][0]["name"] = ""; })), "a name on one line"));
    CHECK(contains(message_for(changed([](auto& s) { s["articles"][0]["name"] = "two\nlines"; })), "one line"));
    CHECK(message_for(changed([](auto& s) { s["articles"][0]["language"] = "Kazakh"; })) ==
          "This session file is damaged: \"Kazakh\" is not a language code: give two or three small letters (kk, "
          "ru, tr, ar, en…), or none to identify the language from the text.");
}

TEST_CASE("a pair's own mode that names no article of the library, or no mode, is refused") {
    const auto with_pair_mode = [](nlohmann::json pair) {
        return changed([&](auto& s) { s["pair_modes"] = nlohmann::json::array({pair}); });
    };
    CHECK(contains(message_for(with_pair_mode({{"first", 1}, {"second", 9}, {"mode", "parallel"}})),
                   "not two articles of the library"));
    CHECK(contains(message_for(with_pair_mode({{"first", 2}, {"second", 2}, {"mode", "parallel"}})),
                   "not two articles of the library"));
    CHECK(contains(message_for(with_pair_mode({{"first", 1}, {"second", 2}, {"mode", "fast"}})), "\"fast\""));
    CHECK(contains(message_for(with_pair_mode({{"first", "1"}, {"second", 2}, {"mode", "parallel"}})), "whole number"));
    CHECK(contains(message_for(changed([](auto& s) { s["pairs"] = {1}; })), "pair 1 should be a set of fields"));
}

TEST_CASE("a session saved before pairs had modes of their own opens, with none") {
    Result<Document> read = read_session(changed([](auto& s) {
        s.erase("pair_modes");
        s.erase("pairs");
    }));
    REQUIRE(read.ok());
    CHECK(read->state().pair_modes.empty());
    CHECK(read->state().pair_outcomes.empty());
    CHECK(read->state().rows == demo_document().state().rows);
}

TEST_CASE("rows that point at sentences the articles do not have are refused") {
    CHECK(contains(message_for(changed([](auto& s) { s["rows"][0]["sentences"][0] = {100000}; })),
                   "row 1 points at sentence 100001"));
    CHECK(contains(message_for(changed([](auto& s) { s["rows"].erase(s["rows"].size() - 1); })), "is in no row"));
    CHECK(contains(message_for(changed([](auto& s) { s["rows"].push_back(s["rows"][0]); })), "stands in row 1"));
    CHECK(contains(message_for(changed([](auto& s) { s["rows"][0]["sentences"].push_back({0}); })), "3 columns"));
    CHECK(contains(message_for(changed([](auto& s) { s["rows"].push_back({{"sentences", {nlohmann::json::array(), nlohmann::json::array()}}}); })), "is empty"));
}

TEST_CASE("a file larger than the reader opens is refused before it is parsed") {
    std::string huge(kMaxSessionBytes + 1, ' ');
    const std::string message = message_for(huge);
    CHECK(contains(message, "64 MB"));
}
