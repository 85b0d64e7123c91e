#include "core/search/find_index.h"

#include <algorithm>

#include "core/search/word_split.h"

namespace synoptic {
namespace {

// Words of a phrase stand this close (code points between them: ", ", " - ").
constexpr uint32_t kPhraseGap = 3;

// Matches from two searches in reading order, overlaps dropped (the one
// starting first, then the longer, is kept), at most `limit`.
std::vector<TextMatch> merge_matches(std::vector<TextMatch> a, const std::vector<TextMatch>& b, size_t limit) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end(), [](const TextMatch& x, const TextMatch& y) {
        if (x.sentence != y.sentence) return x.sentence < y.sentence;
        if (x.start != y.start) return x.start < y.start;
        return x.end > y.end;
    });
    std::vector<TextMatch> out;
    for (const TextMatch& m : a) {
        if (out.size() >= limit) break;
        if (!out.empty() && out.back().sentence == m.sentence && m.start < out.back().end) continue;
        out.push_back(m);
    }
    return out;
}

} // namespace

FindIndex::FindIndex(const Article& article) : article_(&article) { sentence_tokens_.push_back(0); }

size_t FindIndex::prepare(size_t max_sentences) {
    const size_t total = article_->sentences.size();
    const size_t stop = std::min(total, next_sentence_ + std::min(max_sentences, total));
    for (; next_sentence_ < stop; ++next_sentence_) {
        const std::string_view text = article_->sentence_text(next_sentence_);
        const std::string& language = article_->sentences[next_sentence_].language;
        for (const WordSpan& span : split_words(text)) {
            const bool handle = span.begin_byte > 0 && text[span.begin_byte - 1] == '@'; // @araghchi: a name
            const uint32_t id = vocabulary_.add(text.substr(span.begin_byte, span.end_byte - span.begin_byte),
                                                span.digits, handle, language);
            tokens_.push_back({id << 1 | (span.spaced ? 1u : 0u), span.begin, span.end});
        }
        sentence_tokens_.push_back(static_cast<uint32_t>(tokens_.size()));
    }
    if (next_sentence_ == total && !finished_) finish();
    return total - next_sentence_;
}

void FindIndex::finish() {
    vocabulary_.finish();
    tokens_.shrink_to_fit();
    // Positions word by word (counting sort: tokens are already in reading order).
    word_positions_begin_.assign(vocabulary_.size() + 1, 0);
    for (const Token& t : tokens_) ++word_positions_begin_[t.word() + 1];
    for (size_t w = 0; w < vocabulary_.size(); ++w) word_positions_begin_[w + 1] += word_positions_begin_[w];
    word_positions_.resize(tokens_.size());
    std::vector<uint32_t> next(word_positions_begin_.begin(), word_positions_begin_.end() - 1);
    for (uint32_t i = 0; i < tokens_.size(); ++i) word_positions_[next[tokens_[i].word()]++] = i;
    finished_ = true;
}

uint32_t FindIndex::sentence_of(uint32_t token) const {
    return static_cast<uint32_t>(std::upper_bound(sentence_tokens_.begin(), sentence_tokens_.end(), token) -
                                 sentence_tokens_.begin() - 1);
}

std::vector<uint32_t> FindIndex::positions(const std::vector<uint32_t>& words) const {
    std::vector<uint32_t> out;
    for (uint32_t w : words)
        out.insert(out.end(), word_positions_.begin() + word_positions_begin_[w],
                   word_positions_.begin() + word_positions_begin_[w + 1]);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<TextMatch> FindIndex::find(const FindQuery& query) {
    prepare();
    if (query.empty()) return {};
    const size_t limit = query.options.max_matches;
    std::vector<TextMatch> matches = find_phrase(query);
    if (query.number) return merge_matches(std::move(matches), find_number(*query.number, limit), limit);
    if (matches.size() > limit) matches.resize(limit);
    return matches;
}

std::vector<TextMatch> FindIndex::find_phrase(const FindQuery& query) const {
    const size_t terms = query.terms.size();
    // The words answering each term after the first, as marks by word id.
    std::vector<std::vector<char>> answers(terms);
    for (size_t t = 1; t < terms; ++t) {
        const std::vector<uint32_t> words =
            vocabulary_.answering(query.terms[t], {t + 1 == terms, query.options.across_scripts});
        if (words.empty()) return {};
        answers[t].assign(vocabulary_.size(), 0);
        for (uint32_t w : words) answers[t][w] = 1;
    }
    const std::vector<uint32_t> first =
        vocabulary_.answering(query.terms[0], {terms == 1, query.options.across_scripts});
    std::vector<TextMatch> matches;
    uint32_t free_from = 0; // a phrase's words are not the start of another
    for (uint32_t i : positions(first)) {
        if (i < free_from) continue;
        const uint32_t s = sentence_of(i);
        if (i + terms > sentence_tokens_[s + 1]) continue;
        size_t t = 1;
        while (t < terms && answers[t][tokens_[i + t].word()] && tokens_[i + t].begin - tokens_[i + t - 1].end <= kPhraseGap)
            ++t;
        if (t < terms) continue;
        matches.push_back({s, tokens_[i].begin, tokens_[i + terms - 1].end});
        if (matches.size() >= query.options.max_matches) break;
        free_from = i + static_cast<uint32_t>(terms);
    }
    return matches;
}

std::vector<TextMatch> FindIndex::find_number(const std::string& value, size_t limit) const {
    std::vector<TextMatch> matches;
    uint32_t free_from = 0; // tokens of a run read already
    for (uint32_t i : positions(vocabulary_.numbers(value))) {
        if (i < free_from) continue;
        const uint32_t s = sentence_of(i), end = sentence_tokens_[s + 1];
        const NumberSense& sense = vocabulary_[tokens_[i].word()].number;
        if (sense.kind == NumberSense::Kind::Digits || sense.kind == NumberSense::Kind::Ordinal) {
            matches.push_back({s, tokens_[i].begin, tokens_[i].end}); // numbers() gave only equal ones
        } else {
            // A run of number words read together: он екі, twenty-five.
            std::vector<const NumberSense*> run{&sense};
            uint32_t last = i;
            while (last + 1 < end && tokens_[last + 1].spaced()) {
                const NumberSense& next = vocabulary_[tokens_[last + 1].word()].number;
                if (next.kind != NumberSense::Kind::Cardinal && next.kind != NumberSense::Kind::Scale) break;
                run.push_back(&next);
                ++last;
            }
            if (spelled_value(run) == value) matches.push_back({s, tokens_[i].begin, tokens_[last].end});
            free_from = last + 1;
        }
        if (matches.size() >= limit) break;
    }
    return matches;
}

} // namespace synoptic
