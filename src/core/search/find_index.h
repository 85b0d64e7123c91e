// What the find box searches in one article: its vocabulary (each distinct
// word's keys, computed once) and where every word stands in every
// sentence, word by word and word id by word id. Built on the first find (or
// ahead, between frames, by prepare); each keystroke then looks up the few
// words that answer the query and visits only where they stand.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/ingest/article.h"
#include "core/search/find.h"
#include "core/search/find_query.h"
#include "core/search/vocabulary.h"

namespace synoptic {

class FindIndex {
public:
    // Borrows the article, which must outlive the index and not change (a
    // re-read article needs a new index). Reads nothing yet.
    explicit FindIndex(const Article& article);

    // Reads up to `max_sentences` more sentences; returns how many are left.
    // The page may spread this over frames; find reads whatever is left.
    size_t prepare(size_t max_sentences = std::numeric_limits<size_t>::max());
    bool prepared() const { return next_sentence_ == article_->sentences.size() && finished_; }

    // Matches in reading order, at most query.options.max_matches.
    std::vector<TextMatch> find(const FindQuery& query);

    const Article& article() const { return *article_; }
    size_t distinct_words() const { return vocabulary_.size(); }
    size_t word_count() const { return tokens_.size(); }

private:
    // One word where it stands: code points into its sentence's text.
    struct Token {
        uint32_t word_and_spaced; // word id << 1 | spaced (split_words)
        uint32_t begin, end;
        uint32_t word() const { return word_and_spaced >> 1; }
        bool spaced() const { return word_and_spaced & 1; }
    };

    void finish();
    uint32_t sentence_of(uint32_t token) const;
    // Where these words stand: token indices, in reading order.
    std::vector<uint32_t> positions(const std::vector<uint32_t>& words) const;
    std::vector<TextMatch> find_phrase(const FindQuery& query) const;
    std::vector<TextMatch> find_number(const std::string& value, size_t limit) const;

    const Article* article_;
    size_t next_sentence_ = 0;
    bool finished_ = false;
    Vocabulary vocabulary_;
    std::vector<Token> tokens_;
    std::vector<uint32_t> sentence_tokens_; // sentence i's tokens: [sentence_tokens_[i], sentence_tokens_[i + 1])
    std::vector<uint32_t> word_positions_begin_, word_positions_; // word w stands at word_positions_[begin[w], begin[w + 1])
};

} // namespace synoptic
