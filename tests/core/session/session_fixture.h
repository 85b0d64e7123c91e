// Documents for the session tests, from the five demo articles
// (assets/demo: Kazakh, Russian, Russian, Turkish, Arabic reports of one event).
#pragma once
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/session/alignment_job.h"
#include "core/session/document.h"
#include "core/session/row_invariants.h"
#include "support/test_files.h"

namespace synoptic::test {

inline const std::vector<std::string>& demo_files() {
    static const std::vector<std::string> files = {"000_84709defd8457a92.txt", "001_e7239c642e9fa5fc.txt",
                                                   "002_970eac684697c81d.txt", "003_292c7b092348037e.txt",
                                                   "004_ca88b99b49bb6e08.txt"};
    return files;
}

inline AddArticle demo_article(size_t index) {
    return AddArticle{demo_files()[index], read_file(seed_path(demo_files()[index])), "", InputFormat::Auto};
}

// Applies a command the test expects to be accepted, and shows why if it is not.
inline Applied apply_ok(Document& document, Command command) {
    Result<Applied> applied = document.apply(std::move(command));
    INFO((applied ? std::string() : applied.error().message));
    REQUIRE(applied.ok());
    return *applied;
}

// Applies a command the test expects to be refused, checks that nothing
// changed (the revision included), and returns the message.
inline std::string refused(Document& document, Command command) {
    const DocumentState before = document.state();
    const Revision revision = document.revision();
    const size_t undo_steps = document.undo_steps();
    Result<Applied> applied = document.apply(std::move(command));
    REQUIRE_FALSE(applied.ok());
    CHECK_FALSE(applied.error().message.empty());
    CHECK(document.state() == before);
    CHECK(document.revision() == revision);
    CHECK(document.undo_steps() == undo_steps);
    return applied.error().message;
}

inline void align(Document& document) { apply_ok(document, run_alignment_job(alignment_job(document))); }

// The five demo articles in the library (ids 1 to 5), the Kazakh and the
// Russian Kazinform reports (1 and 2) compared and aligned. Built once:
// tests copy it (articles are shared, not copied).
inline const Document& demo_document() {
    static const Document document = [] {
        Document d;
        for (size_t i = 0; i < demo_files().size(); ++i) apply_ok(d, demo_article(i));
        apply_ok(d, SetCompared{{ArticleId{1}, ArticleId{2}}});
        align(d);
        return d;
    }();
    return document;
}

// The row holding a sentence (the document's rows hold each exactly once).
inline size_t row_of(const Document& document, ArticleId article, uint32_t sentence) {
    const DocumentState& state = document.state();
    const size_t column = *state.column_of(article);
    for (size_t r = 0; r < state.rows.size(); ++r)
        for (uint32_t s : state.rows[r].sentences[column])
            if (s == sentence) return r;
    FAIL("sentence " << sentence << " of article " << id_number(article) << " is in no row");
    return 0;
}

inline void check_rule(const Document& document) {
    const std::optional<Error> broken = check_rows(document.state());
    INFO((broken ? broken->message : std::string()));
    CHECK_FALSE(broken.has_value());
}

} // namespace synoptic::test
