// What the find box searches in one article: each distinct word's keys
// (word_keys, number_sense), computed once, and where every word stands in
// every sentence. Built on the first find (or ahead, between frames, by
// prepare); each keystroke then compares the query with the distinct words
// only and walks the positions.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/ingest/article.h"
#include "core/search/find.h"
#include "core/search/find_query.h"
#include "core/search/number_sense.h"
#include "core/search/word_keys.h"

namespace synoptic {

class FindIndex {
public:
    // Borrows the article, which must outlive the index and not change (a
    // re-read article needs a new index). Reads nothing yet.
    explicit FindIndex(const Article& article);

    // Reads up to `max_sentences` more sentences; returns how many are left.
    // The page may spread this over frames; find reads whatever is left.
    size_t prepare(size_t max_sentences = std::numeric_limits<size_t>::max());
    bool prepared() const { return next_sentence_ == article_->sentences.size(); }

    // Matches in reading order, at most query.options.max_matches.
    std::vector<TextMatch> find(const FindQuery& query);

    const Article& article() const { return *article_; }
    size_t distinct_words() const { return words_.size(); }
    size_t word_count() const { return tokens_.size(); }

private:
    struct Word {
        WordKeys keys;
        NumberSense number;
    };
    // One word where it stands: code points into its sentence's text.
    struct Token {
        uint32_t word_and_spaced; // word id << 1 | spaced (split_words)
        uint32_t begin, end;
        uint32_t word() const { return word_and_spaced >> 1; }
        bool spaced() const { return word_and_spaced & 1; }
    };

    uint32_t word_id(std::string_view word, bool digits, bool handle, const std::string& language);
    std::vector<TextMatch> find_phrase(const FindQuery& query) const;
    std::vector<TextMatch> find_number(const std::string& value) const;

    const Article* article_;
    size_t next_sentence_ = 0;
    std::vector<Word> words_;
    std::unordered_map<std::string, uint32_t> word_ids_; // language '\x1f' word → id; freed once prepared
    std::vector<Token> tokens_;
    std::vector<uint32_t> sentence_tokens_; // sentence i's tokens: [sentence_tokens_[i], sentence_tokens_[i + 1])
};

} // namespace synoptic
