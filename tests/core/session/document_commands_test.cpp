// Every command of the document: what it does, and what it refuses (a
// refused command changes nothing, its revision included: see refused()).
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/align/multi_alignment.h"
#include "session_fixture.h"

using namespace synoptic;
using namespace synoptic::test;

namespace {
const ArticleId kazakh{1}, russian{2}, other_russian{3}, turkish{4}, arabic{5};

uint32_t sentences_of(const Document& document, ArticleId id) { return document.state().find(id)->sentence_count(); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
} // namespace

TEST_CASE("an added article is read, kept with its bytes, and gets an id never given again") {
    Document document;
    const Applied first = apply_ok(document, demo_article(0));
    REQUIRE(first.added == std::vector<ArticleId>{ArticleId{1}});
    const DocumentArticle& article = document.state().articles.front();
    CHECK(article.name == demo_files()[0]);
    CHECK(*article.bytes == read_file(seed_path(demo_files()[0])));
    CHECK(article.format == InputFormat::PlainText);
    CHECK(article.language.empty());
    CHECK(article.article().language == "kk");
    CHECK(article.sentence_count() > 10);
    CHECK(document.revision() == 1);

    apply_ok(document, RemoveArticle{ArticleId{1}});
    document.undo();
    document.undo(); // the add itself
    const Applied again = apply_ok(document, demo_article(0));
    CHECK(again.added == std::vector<ArticleId>{ArticleId{2}});
}

TEST_CASE("an article that cannot be read is refused with its name and the reason") {
    Document document;
    CHECK(contains(refused(document, AddArticle{"empty.txt", "", "", InputFormat::Auto}), "empty.txt"));
    CHECK(contains(refused(document, AddArticle{"huge.txt", std::string(13u << 20, 'a'), "", InputFormat::Auto}),
                   "12 MB"));
    CHECK(refused(document, AddArticle{"  \n ", "Text.", "", InputFormat::Auto}) == "An article needs a name.");
    CHECK(contains(refused(document, AddArticle{"a.txt", "Text.", "russian", InputFormat::Auto}), "language code"));
}

TEST_CASE("a name from a disk in broken UTF-8 or on several lines is kept readable") {
    Document document;
    apply_ok(document, AddArticle{"bad\xff name\n.txt", "Some text here.", "", InputFormat::Auto});
    CHECK(document.state().articles.front().name == "bad\xEF\xBF\xBD name .txt");
}

TEST_CASE("comparing takes 2 to 8 known articles, each once, and lays every sentence in one row") {
    Document document = demo_document();
    CHECK(refused(document, SetCompared{{kazakh}}) == "compare 2 to 8 articles, not 1");
    CHECK(contains(refused(document, SetCompared{{kazakh, ArticleId{99}}}), "no article with id 99"));
    CHECK(contains(refused(document, SetCompared{{kazakh, russian, kazakh}}), "named twice"));
    CHECK(contains(refused(document, SetCompared{{kazakh, russian}}), "already compared"));
    for (int copy = 0; copy < 4; ++copy) apply_ok(document, demo_article(3));
    std::vector<ArticleId> nine;
    for (const DocumentArticle& article : document.state().articles) nine.push_back(article.id);
    REQUIRE(nine.size() == 9);
    CHECK(refused(document, SetCompared{nine}) == "compare 2 to 8 articles, not 9");
    nine.pop_back();
    apply_ok(document, SetCompared{nine});
    CHECK(document.state().compared == nine);
    check_rule(document);
}

TEST_CASE("comparing one more article keeps the rows of the others, its sentences wait one per row") {
    Document document = demo_document();
    const std::vector<Row> before = document.state().rows;
    CHECK_FALSE(document.state().needs_alignment);
    const Revision inputs_before = document.inputs_revision();
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    const DocumentState& state = document.state();
    CHECK(state.needs_alignment);
    CHECK(document.inputs_revision() > inputs_before);
    REQUIRE(state.rows.size() == before.size() + sentences_of(document, turkish));
    for (size_t r = 0; r < before.size(); ++r) {
        CHECK(state.rows[r].sentences[0] == before[r].sentences[0]);
        CHECK(state.rows[r].sentences[1] == before[r].sentences[1]);
        CHECK(state.rows[r].sentences[2].empty());
    }
    for (size_t r = before.size(); r < state.rows.size(); ++r)
        CHECK(state.rows[r].sentences[2] == std::vector<uint32_t>{uint32_t(r - before.size())});
    check_rule(document);
}

TEST_CASE("removing a compared article takes its sentences out of the rows, other ids stay") {
    Document document = demo_document();
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    apply_ok(document, RemoveArticle{russian});
    const DocumentState& state = document.state();
    CHECK(state.compared == std::vector<ArticleId>{kazakh, turkish});
    CHECK(state.find(russian) == nullptr);
    CHECK(state.find(arabic)->name == demo_files()[4]);
    for (const Row& row : state.rows) CHECK(row.sentences.size() == 2);
    check_rule(document);
    CHECK(contains(refused(document, RemoveArticle{russian}), "no article with id 2"));
}

TEST_CASE("removing one of two compared articles leaves the other's sentences and nothing to align") {
    Document document = demo_document();
    apply_ok(document, RemoveArticle{kazakh});
    CHECK(document.state().compared == std::vector<ArticleId>{russian});
    CHECK(document.state().rows.size() == sentences_of(document, russian));
    CHECK_FALSE(document.state().needs_alignment);
    CHECK(contains(refused(document, run_alignment_job(alignment_job(document))), "two or more"));
}

TEST_CASE("renaming changes the name only, an empty or unchanged name is refused") {
    Document document = demo_document();
    const Revision inputs = document.inputs_revision();
    apply_ok(document, RenameArticle{kazakh, "Kazinform (kk)"});
    CHECK(document.state().find(kazakh)->name == "Kazinform (kk)");
    CHECK(document.inputs_revision() == inputs); // no alignment is due for a name
    CHECK_FALSE(document.state().needs_alignment);
    CHECK(refused(document, RenameArticle{kazakh, " "}) == "An article needs a name.");
    CHECK(contains(refused(document, RenameArticle{kazakh, "Kazinform (kk)"}), "already named"));
    CHECK(contains(refused(document, RenameArticle{ArticleId{42}, "x"}), "id 42"));
}

TEST_CASE("setting a language reads the article again, its sentences wait for the next alignment") {
    Document document = demo_document();
    apply_ok(document, SetLanguage{russian, "kk"});
    const DocumentArticle& article = *document.state().find(russian);
    CHECK(article.language == "kk");
    CHECK(article.article().language == "kk");
    CHECK(document.state().needs_alignment);
    check_rule(document);
    for (const Row& row : document.state().rows)
        if (!row.sentences[1].empty()) CHECK(row.sentences[0].empty()); // none linked yet
    CHECK(contains(refused(document, SetLanguage{russian, "kk"}), "already read as kk"));
    CHECK(contains(refused(document, SetLanguage{russian, "KK!"}), "not a language code"));
    apply_ok(document, SetLanguage{russian, ""});
    CHECK(document.state().find(russian)->article().language == "ru");
}

TEST_CASE("setting the mode calls for an alignment, the same mode is refused") {
    Document document = demo_document();
    apply_ok(document, SetMode{AlignMode::Comparable});
    CHECK(document.state().mode == AlignMode::Comparable);
    CHECK(document.state().needs_alignment);
    CHECK(contains(refused(document, SetMode{AlignMode::Comparable}), "already \"comparable\""));
}

TEST_CASE("a pair's own mode is used for that pair only, and the document keeps each pair's mode and why") {
    Document document = demo_document();
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    apply_ok(document, SetMode{AlignMode::Parallel});
    apply_ok(document, SetPairMode{turkish, kazakh, AlignMode::Comparable}); // either order names the pair
    CHECK(document.state().needs_alignment);
    CHECK(document.state().mode_for_pair(kazakh, turkish) == AlignMode::Comparable);
    CHECK(document.state().mode_for_pair(russian, turkish) == AlignMode::Parallel);
    align(document);
    const std::vector<PairOutcome>& pairs = document.state().pair_outcomes;
    REQUIRE(pairs.size() == 3);
    for (const PairOutcome& pair : pairs) {
        const bool chosen = (pair.first == kazakh && pair.second == turkish);
        INFO(id_number(pair.first) << "~" << id_number(pair.second) << ": " << pair.reason);
        CHECK(pair.mode == (chosen ? AlignMode::Comparable : AlignMode::Parallel));
        CHECK_FALSE(pair.reason.empty());
    }

    REQUIRE(document.state().pair_outcome(turkish, kazakh) != nullptr); // either order names the pair
    CHECK(document.state().pair_outcome(turkish, kazakh)->mode == AlignMode::Comparable);
    CHECK(document.state().pair_outcome(kazakh, arabic) == nullptr);     // never aligned
    CHECK(contains(refused(document, SetPairMode{kazakh, turkish, AlignMode::Comparable}), "already"));
    CHECK(contains(refused(document, SetPairMode{kazakh, kazakh, AlignMode::Comparable}), "two different articles"));
    CHECK(contains(refused(document, SetPairMode{kazakh, arabic, AlignMode::Comparable}), "not compared"));
    CHECK(contains(refused(document, SetPairMode{kazakh, ArticleId{99}, AlignMode::Comparable}), "no article with id 99"));
    SetPairMode back{kazakh, turkish};
    back.follow_document = true;
    apply_ok(document, back);
    CHECK(document.state().pair_modes.empty());
    CHECK(document.state().mode_for_pair(kazakh, turkish) == AlignMode::Parallel);
}

TEST_CASE("linking puts two sentences of two articles in one row, marked edited") {
    Document document = demo_document();
    const uint32_t last = sentences_of(document, russian) - 1;
    const size_t from = row_of(document, russian, last);
    const size_t to = row_of(document, kazakh, 0);
    REQUIRE(from != to);
    const size_t rows = document.state().rows.size();
    apply_ok(document, LinkSentences{{russian, last}, {kazakh, 0}});
    const size_t now = row_of(document, kazakh, 0);
    CHECK(row_of(document, russian, last) == now);
    CHECK(document.state().rows[now].edited);
    CHECK(document.state().rows.size() <= rows);
    check_rule(document);

    CHECK(contains(refused(document, LinkSentences{{russian, last}, {kazakh, 0}}), "already stand in one row"));
    CHECK(contains(refused(document, LinkSentences{{kazakh, 1}, {kazakh, 0}}), "two different articles"));
    CHECK(contains(refused(document, LinkSentences{{kazakh, 9999}, {russian, 0}}), "no sentence 10000"));
    CHECK(contains(refused(document, LinkSentences{{turkish, 0}, {russian, 0}}), "is not compared"));
}

TEST_CASE("unlinking leaves a sentence alone in a row below its former row") {
    Document document = demo_document();
    const size_t r = row_of(document, kazakh, 0);
    REQUIRE(document.state().rows[r].articles_present() == 2);
    apply_ok(document, UnlinkSentence{{kazakh, 0}});
    const DocumentState& state = document.state();
    CHECK(row_of(document, kazakh, 0) == r + 1);
    CHECK(state.rows[r + 1].articles_present() == 1);
    CHECK(state.rows[r + 1].edited);
    CHECK(state.rows[r].edited);
    CHECK(contains(refused(document, UnlinkSentence{{kazakh, 0}}), "already stands alone"));
}

TEST_CASE("merging a row with the next gives one row holding both") {
    Document document = demo_document();
    const DocumentState& state = document.state();
    const Row upper = state.rows[3], lower = state.rows[4];
    const size_t rows = state.rows.size();
    apply_ok(document, MergeWithNextRow{3});
    REQUIRE(state.rows.size() == rows - 1);
    for (size_t k = 0; k < 2; ++k) {
        std::vector<uint32_t> both = upper.sentences[k];
        both.insert(both.end(), lower.sentences[k].begin(), lower.sentences[k].end());
        std::sort(both.begin(), both.end());
        CHECK(state.rows[3].sentences[k] == both);
    }
    CHECK(state.rows[3].edited);
    const size_t last = state.rows.size() - 1;
    CHECK(contains(refused(document, MergeWithNextRow{last}), "is the last one"));
    CHECK(contains(refused(document, MergeWithNextRow{last + 5}), "the comparison has"));
}

TEST_CASE("splitting a row at a sentence moves it and the rest of its article below") {
    Document document = demo_document();
    // Two rows of both articles, one after the other, merged: a row to split.
    size_t r = 0;
    while (document.state().rows[r].articles_present() < 2 || document.state().rows[r + 1].articles_present() < 2) ++r;
    apply_ok(document, MergeWithNextRow{r});
    const Row merged = document.state().rows[r];
    const std::vector<uint32_t>& kazakh_sentences = merged.sentences[0];
    REQUIRE(kazakh_sentences.size() >= 2);
    apply_ok(document, SplitRow{{kazakh, kazakh_sentences.back()}});
    const DocumentState& state = document.state();
    CHECK(state.rows[r].sentences[0] == std::vector<uint32_t>(kazakh_sentences.begin(), kazakh_sentences.end() - 1));
    CHECK(state.rows[r].sentences[1] == merged.sentences[1]);
    CHECK(state.rows[r + 1].sentences[0] == std::vector<uint32_t>{kazakh_sentences.back()});
    CHECK(state.rows[r + 1].sentences[1].empty());
    CHECK(state.rows[r + 1].edited);
    check_rule(document);

    apply_ok(document, UnlinkSentence{{kazakh, 0}});
    CHECK(contains(refused(document, SplitRow{{kazakh, 0}}), "nothing to split"));
}

TEST_CASE("moving a sentence to the row above or below") {
    Document document = demo_document();
    const size_t r = row_of(document, russian, 2);
    REQUIRE(r > 0);
    apply_ok(document, MoveSentence{{russian, 2}, RowDirection::Up});
    const size_t up = row_of(document, russian, 2);
    CHECK(up == r - 1);
    CHECK(document.state().rows[up].edited);
    apply_ok(document, MoveSentence{{russian, 2}, RowDirection::Down});
    check_rule(document);

    const auto any_sentence = [&](size_t r) {
        const Row& row = document.state().rows[r];
        return row.sentences[0].empty() ? SentenceRef{russian, row.sentences[1].front()}
                                        : SentenceRef{kazakh, row.sentences[0].front()};
    };
    CHECK(contains(refused(document, MoveSentence{any_sentence(0), RowDirection::Up}), "first row"));
    const size_t last = document.state().rows.size() - 1;
    CHECK(contains(refused(document, MoveSentence{any_sentence(last), RowDirection::Down}), "last row"));
}

TEST_CASE("marking a row checked and unchecked") {
    Document document = demo_document();
    apply_ok(document, MarkRowChecked{2, true});
    CHECK(document.state().rows[2].checked);
    CHECK_FALSE(document.state().rows[2].edited);
    CHECK(contains(refused(document, MarkRowChecked{2, true}), "already checked"));
    apply_ok(document, MarkRowChecked{2, false});
    CHECK_FALSE(document.state().rows[2].checked);
    CHECK(contains(refused(document, MarkRowChecked{2, false}), "not checked"));
    CHECK(contains(refused(document, MarkRowChecked{100000, true}), "no row 100001"));
}

TEST_CASE("an edit of a checked row takes the check away: the user confirmed the row as it was") {
    Document document = demo_document();
    const size_t r = row_of(document, kazakh, 0);
    apply_ok(document, MarkRowChecked{r, true});
    apply_ok(document, UnlinkSentence{{kazakh, 0}});
    CHECK_FALSE(document.state().rows[r].checked);
}

TEST_CASE("several commands as one step: all applied, or none when one is refused") {
    Document document = demo_document();
    const DocumentState before = document.state();
    const Revision revision = document.revision();
    Result<Applied> batch =
        document.apply_all({demo_article(3), SetCompared{{kazakh, ArticleId{6}}}, SetMode{AlignMode::Auto}});
    REQUIRE_FALSE(batch.ok()); // the mode is already auto
    CHECK(document.state() == before);
    CHECK(document.revision() == revision);

    const Applied applied =
        *document.apply_all({demo_article(3), SetCompared{{kazakh, ArticleId{6}}}, SetMode{AlignMode::Comparable}});
    CHECK(applied.added == std::vector<ArticleId>{ArticleId{6}});
    CHECK(document.state().compared == std::vector<ArticleId>{kazakh, ArticleId{6}});
    CHECK(document.revision() == revision + 1);
    document.undo();
    CHECK(document.state() == before);
}
