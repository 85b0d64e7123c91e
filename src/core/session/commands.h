// Everything a user can do to a comparison document, as values: the page's
// views and web API, the command-line tool and tests all change a document
// only by handing one of these to Document::apply, which checks it first and
// refuses it whole (with a message) or applies it whole (undoably).
#pragma once
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "core/align/alignment.h"
#include "core/ingest/article.h"
#include "core/session/document_state.h"

namespace synoptic {

//-----------------------------------------------------------------------------
// [SECTION] The library, what is compared and how
//-----------------------------------------------------------------------------

// Opens an article (at most kMaxArticleBytes) into the library under a new
// id (Applied::added); it is not compared until SetCompared says so.
struct AddArticle {
    std::string name;                       // a file name or label; also a hint for the reader
    std::string bytes;                      // as read from the file or pasted
    std::string language;                   // "" = identify from the text
    InputFormat format = InputFormat::Auto; // Auto: by the name, then the content
};

// Takes an article out of the library, and out of the comparison if it was
// compared (its sentences leave the rows).
struct RemoveArticle {
    ArticleId article{};
};

struct RenameArticle {
    ArticleId article{};
    std::string name;
};

// Reads the article again as written in `language` ("" = identify it): its
// sentences may change, so a compared article's sentences leave their rows
// and come back one per row until the next alignment.
struct SetLanguage {
    ArticleId article{};
    std::string language;
};

// The articles to compare, left to right (kMinComparedArticles to
// kMaxComparedArticles, each once). Sentences of articles that stay keep
// their rows; those of an article new to the comparison stand one per row
// until the next alignment.
struct SetCompared {
    std::vector<ArticleId> articles;
};

struct SetMode {
    AlignMode mode = AlignMode::Auto;
};

// The mode of one pair of compared articles (either order), whatever the
// document's mode is; `follow_document` takes the pair's own choice back.
struct SetPairMode {
    ArticleId first{}, second{};
    AlignMode mode = AlignMode::Parallel;
    bool follow_document = false;
};

// Rows an alignment computed for the document as it was at revision
// `made_for` (AlignmentJob, alignment_job.h). Refused as stale when the
// compared articles, their languages or the mode changed since. The user's
// edited and checked rows stay as they are; computed rows lose their
// sentences. Not a step of its own in the history: it completes the step
// that called for it, and undo takes both back.
struct ApplyAlignment {
    Revision made_for = 0;
    std::vector<Row> rows;
    std::vector<PairOutcome> pairs; // the mode each pair was aligned in, and why
};

//-----------------------------------------------------------------------------
// [SECTION] The user's edits of the rows
//-----------------------------------------------------------------------------

// `sentence` leaves its row and joins the row of `to` (a sentence of another
// compared article): the two then stand in one row.
struct LinkSentences {
    SentenceRef sentence;
    SentenceRef to;
};

// `sentence` leaves its row and stands alone in a row right below it ("only
// in" its article); re-alignments leave it alone.
struct UnlinkSentence {
    SentenceRef sentence;
};

// Row `row` and the row below it become one.
struct MergeWithNextRow {
    size_t row = 0; // from 0
};

// `at` and the sentences of its article after it in its row move to a new
// row right below; the other articles' sentences stay in the upper row.
struct SplitRow {
    SentenceRef at;
};

enum class RowDirection { Up, Down };

// `sentence` leaves its row and joins the row above or below.
struct MoveSentence {
    SentenceRef sentence;
    RowDirection direction = RowDirection::Up;
};

// The user confirms a row (or takes the confirmation back); checked rows are
// kept as they are when the articles are aligned again.
struct MarkRowChecked {
    size_t row = 0; // from 0
    bool checked = true;
};

using Command = std::variant<AddArticle, RemoveArticle, RenameArticle, SetLanguage, SetCompared, SetMode,
                             SetPairMode, ApplyAlignment, LinkSentences, UnlinkSentence, MergeWithNextRow, SplitRow, MoveSentence,
                             MarkRowChecked>;

} // namespace synoptic
