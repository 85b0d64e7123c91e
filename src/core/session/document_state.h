// What a comparison document is, as the user made it: the articles they
// opened (each under a stable id), the ones they compare and in which order,
// the alignment mode, and the rows they read, edits and checks included.
// Plain data; only Document (document.h) changes it, through commands.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/align/alignment.h"
#include "core/align/multi_alignment.h"
#include "core/session/article_analysis.h"

namespace synoptic {

// An article's identity in a document: given when it is added, never given
// again, and unchanged when other articles come and go (a position in the
// library would shift).
enum class ArticleId : uint32_t {};
inline uint32_t id_number(ArticleId id) { return static_cast<uint32_t>(id); }

// Counts the changes made to a document, undo and redo included.
using Revision = uint64_t;

struct DocumentArticle {
    ArticleId id{};
    std::string name;                         // as the user calls it (at first its file name)
    std::shared_ptr<const std::string> bytes; // the bytes as opened, shared with the undo history
    InputFormat format = InputFormat::Auto;   // the reader chosen when it was opened
    std::string language;                     // the user's choice; "" = identified from the text

    // Derived from the four fields above (analyze_article); not the user's state.
    std::shared_ptr<const ArticleAnalysis> analysis;

    const Article& article() const { return analysis->article; }
    uint32_t sentence_count() const { return static_cast<uint32_t>(analysis->article.sentences.size()); }
};

// The user's state of an article: its derived analysis is left out.
bool operator==(const DocumentArticle& a, const DocumentArticle& b);
inline bool operator!=(const DocumentArticle& a, const DocumentArticle& b) { return !(a == b); }

// A row as the reader shows it: the aligned row (sentences per compared
// article, in column order; the alignment's score) and what the user did to it.
struct Row : AlignedRow {
    bool edited = false;  // made or changed by the user
    bool checked = false; // confirmed by the user

    // The user's rows survive a new alignment as they are.
    bool kept_on_alignment() const { return edited || checked; }
};

bool operator==(const Row& a, const Row& b);
inline bool operator!=(const Row& a, const Row& b) { return !(a == b); }

// The mode the user chose for one pair of compared articles, over the
// document's (the pair's articles in either order).
struct PairMode {
    ArticleId first{}, second{};
    AlignMode mode = AlignMode::Parallel;
};

// What the last alignment made of a pair: the mode it used and why, which
// the page shows and a reopened session still knows.
struct PairOutcome {
    ArticleId first{}, second{};
    AlignMode mode = AlignMode::Auto;
    std::string reason;
};

bool operator==(const PairMode& a, const PairMode& b);
bool operator==(const PairOutcome& a, const PairOutcome& b);

struct DocumentState {
    std::vector<DocumentArticle> articles; // the library, in the order opened
    std::vector<ArticleId> compared;       // the columns, left to right
    AlignMode mode = AlignMode::Auto;      // for every pair of compared articles but those below
    std::vector<PairMode> pair_modes;      // the user's choices for single pairs
    std::vector<PairOutcome> pair_outcomes; // of the last alignment applied, per pair of columns
    // Every sentence of every compared article stands in exactly one row
    // (check_rows, row_invariants.h).
    std::vector<Row> rows;
    // True from a change of the compared articles, their languages or the
    // mode until an alignment made for them arrives (ApplyAlignment).
    bool needs_alignment = false;

    const DocumentArticle* find(ArticleId id) const;
    std::optional<size_t> position_of(ArticleId id) const; // in `articles`
    std::optional<size_t> column_of(ArticleId id) const;   // in `compared`
    const DocumentArticle& column_article(size_t column) const { return *find(compared[column]); }
    // The mode a pair is aligned in: the user's choice for it, else the document's.
    AlignMode mode_for_pair(ArticleId a, ArticleId b) const;
    // The user's choice for a pair, if any.
    const PairMode* chosen_pair_mode(ArticleId a, ArticleId b) const;
    // What the last alignment made of a pair, if it aligned it.
    const PairOutcome* pair_outcome(ArticleId a, ArticleId b) const;
};

bool operator==(const DocumentState& a, const DocumentState& b);
inline bool operator!=(const DocumentState& a, const DocumentState& b) { return !(a == b); }

// One sentence of one article, as commands name it.
struct SentenceRef {
    ArticleId article{};
    uint32_t sentence = 0; // from 0
};

// How messages name an article: its name in quotes.
std::string quoted_name(const DocumentArticle& article);

} // namespace synoptic
