// Undo and redo: every command taken back restores the document whole, and
// made again gives the same document; a new command forgets what was undone.
#include <catch2/catch.hpp>

#include <random>

#include "session_fixture.h"

using namespace synoptic;
using namespace synoptic::test;

namespace {
const ArticleId kazakh{1}, russian{2}, turkish{4};

// One command and its undo and redo, each compared with the whole document.
void check_undo_redo(Document document, Command command) {
    const DocumentState before = document.state();
    const Revision revision = document.revision();
    apply_ok(document, std::move(command));
    const DocumentState after = document.state();
    REQUIRE(document.undo());
    CHECK(document.state() == before);
    CHECK(document.revision() == revision + 2); // undo is a change too
    REQUIRE(document.redo());
    CHECK(document.state() == after);
    CHECK(document.revision() == revision + 3);
}
} // namespace

TEST_CASE("each command is undone and redone whole") {
    const Document& demo = demo_document();
    check_undo_redo(demo, demo_article(3));
    check_undo_redo(demo, RemoveArticle{kazakh});
    check_undo_redo(demo, RemoveArticle{turkish});
    check_undo_redo(demo, RenameArticle{russian, "Kazinform (ru)"});
    check_undo_redo(demo, SetLanguage{russian, "kk"});
    check_undo_redo(demo, SetCompared{{russian, turkish, kazakh}});
    check_undo_redo(demo, SetMode{AlignMode::Parallel});
    check_undo_redo(demo, SetPairMode{kazakh, russian, AlignMode::Comparable});
    check_undo_redo(demo, LinkSentences{{russian, 0}, {kazakh, 5}});
    check_undo_redo(demo, UnlinkSentence{{kazakh, 0}});
    check_undo_redo(demo, MergeWithNextRow{0});
    check_undo_redo(demo, MoveSentence{{russian, 3}, RowDirection::Up});
    check_undo_redo(demo, MoveSentence{{russian, 3}, RowDirection::Down});
    check_undo_redo(demo, MarkRowChecked{1, true});
    Document merged = demo;
    apply_ok(merged, MergeWithNextRow{0});
    check_undo_redo(merged, SplitRow{{kazakh, merged.state().rows[0].sentences[0].back()}});
}

TEST_CASE("undo and redo report when there is nothing to take back or make again") {
    Document document;
    CHECK_FALSE(document.can_undo());
    CHECK_FALSE(document.undo());
    CHECK_FALSE(document.redo());
    CHECK(document.revision() == 0);
}

TEST_CASE("a new command after undo forgets the steps undone") {
    Document document = demo_document();
    apply_ok(document, MarkRowChecked{0, true});
    apply_ok(document, MarkRowChecked{1, true});
    document.undo();
    CHECK(document.can_redo());
    apply_ok(document, MarkRowChecked{2, true});
    CHECK_FALSE(document.can_redo());
    CHECK_FALSE(document.redo());
    CHECK(document.state().rows[0].checked);
    CHECK_FALSE(document.state().rows[1].checked);
    CHECK(document.state().rows[2].checked);
}

TEST_CASE("an alignment is undone with the step that called for it") {
    Document document = demo_document();
    const DocumentState before = document.state();
    apply_ok(document, SetCompared{{kazakh, russian, turkish}});
    const size_t steps = document.undo_steps();
    align(document);
    CHECK_FALSE(document.state().needs_alignment);
    CHECK(document.undo_steps() == steps); // no step of its own
    const DocumentState aligned = document.state();
    document.undo();
    CHECK(document.state() == before); // undoing the alignment alone would only ask for it again
    document.redo();
    CHECK(document.state() == aligned);
}

// "Forget all" on the page: every article removed as one step, then the
// history forgotten, so nothing of the articles is left to bring back.
TEST_CASE("removing every article and forgetting the history leaves nothing to undo or redo") {
    Document document = demo_document();
    apply_ok(document, MarkRowChecked{0, true});
    document.undo(); // a step taken back, to be forgotten too
    std::vector<Command> removals;
    for (const DocumentArticle& article : document.state().articles) removals.push_back(RemoveArticle{article.id});
    Result<Applied> emptied = document.apply_all(std::move(removals));
    REQUIRE(emptied.ok());
    const Revision revision = document.revision();
    document.forget_history();
    CHECK(document.state().articles.empty());
    CHECK(document.state().compared.empty());
    CHECK(document.state().rows.empty());
    CHECK_FALSE(document.state().needs_alignment);
    CHECK_FALSE(document.can_undo());
    CHECK_FALSE(document.can_redo());
    CHECK_FALSE(document.undo());
    CHECK(document.revision() == revision);
    // The emptied document takes new articles, under ids never given before.
    const Applied added = apply_ok(document, demo_article(0));
    CHECK(id_number(added.added.front()) > 5);
}

// A seeded random walk over the commands, with undo and redo mixed in: after
// every step the document must equal the one recorded at that point of the
// history, and after undoing everything, the one it started as.
TEST_CASE("after any sequence of commands, undos and redos, the document is the one recorded at that point") {
    int all_alignments = 0;
    for (const unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        CAPTURE(seed);
        std::mt19937 random(seed);
        auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
        Document document = demo_document();
        const size_t base_steps = document.undo_steps();
        std::vector<DocumentState> history{document.state()}; // history[p]: the state after p steps
        size_t position = 0;
        int alignments = 0, applied = 0, refusals = 0;

        for (int turn = 0; turn < 80; ++turn) {
            const DocumentState& state = document.state();
            const size_t action = pick(20);
            if (action == 0 && position > 0) {
                REQUIRE(document.undo());
                --position;
                REQUIRE(document.state() == history[position]);
                continue;
            }
            if (action == 1 && position + 1 < history.size()) {
                REQUIRE(document.redo());
                ++position;
                REQUIRE(document.state() == history[position]);
                continue;
            }
            auto any_sentence = [&]() -> SentenceRef {
                if (state.compared.empty()) return {kazakh, 0};
                const ArticleId id = state.compared[pick(state.compared.size())];
                return {id, uint32_t(pick(state.find(id)->sentence_count() + 1))}; // one past the end now and then
            };
            auto any_row = [&]() { return pick(state.rows.size() + 1); };
            auto any_article = [&]() { return state.articles[pick(state.articles.size())].id; };

            Command command;
            bool aligning = false;
            switch (action % 12) {
            case 0: command = LinkSentences{any_sentence(), any_sentence()}; break;
            case 1: command = UnlinkSentence{any_sentence()}; break;
            case 2: command = MergeWithNextRow{any_row()}; break;
            case 3: command = SplitRow{any_sentence()}; break;
            case 4: command = MoveSentence{any_sentence(), pick(2) ? RowDirection::Up : RowDirection::Down}; break;
            case 5: command = MarkRowChecked{any_row(), pick(2) == 0}; break;
            case 6: {
                std::vector<ArticleId> ids;
                for (const DocumentArticle& article : state.articles) ids.push_back(article.id);
                std::shuffle(ids.begin(), ids.end(), random);
                ids.resize(std::min(ids.size(), 2 + pick(2)));
                command = SetCompared{ids};
                break;
            }
            case 7: command = SetMode{AlignMode(pick(3))}; break;
            case 8: command = pick(3) ? Command(RenameArticle{any_article(), "article " + std::to_string(turn)})
                                      : Command(SetLanguage{any_article(), std::vector<std::string>{"", "ru", "kk", "tr"}[pick(4)]});
                break;
            case 9: command = state.articles.size() > 3 ? Command(RemoveArticle{any_article()}) : Command(demo_article(pick(5)));
                break;
            case 10: command = demo_article(pick(5)); break;
            default:
                if (!state.needs_alignment || position == 0) continue;
                command = run_alignment_job(alignment_job(document));
                aligning = true;
            }

            const DocumentState before = document.state();
            const Revision revision = document.revision();
            Result<Applied> result = document.apply(std::move(command));
            if (!result) {
                ++refusals;
                REQUIRE_FALSE(result.error().message.empty());
                REQUIRE(document.state() == before);
                REQUIRE(document.revision() == revision);
                continue;
            }
            REQUIRE(document.revision() == revision + 1);
            check_rule(document);
            REQUIRE_FALSE(document.can_redo());
            history.resize(position + 1);
            if (aligning) {
                history[position] = document.state(); // it completes the step before it
                ++alignments;
            } else {
                history.push_back(document.state());
                ++position;
                ++applied;
            }
        }
        INFO("applied " << applied << ", aligned " << alignments << ", refused " << refusals);
        all_alignments += alignments;
        CHECK(applied > 20);
        CHECK(refusals > 0);
        while (position > 0) {
            REQUIRE(document.undo());
            --position;
            REQUIRE(document.state() == history[position]);
        }
        CHECK(document.undo_steps() == base_steps);
        CHECK(document.state() == demo_document().state());
        while (position + 1 < history.size()) {
            REQUIRE(document.redo());
            ++position;
            REQUIRE(document.state() == history[position]);
        }
    }
    CHECK(all_alignments > 3); // alignments arrived between edits, and joined their steps
}
