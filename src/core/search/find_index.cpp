#include "core/search/find_index.h"

#include <algorithm>

#include "core/search/word_match.h"
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

uint32_t FindIndex::word_id(std::string_view word, bool digits, bool handle, const std::string& language) {
    std::string key = language;
    key += handle ? '@' : '\x1f';
    key += word;
    auto [it, inserted] = word_ids_.emplace(std::move(key), static_cast<uint32_t>(words_.size()));
    if (inserted) {
        Word w;
        if (digits) w.keys.fold = std::string(word);
        else w.keys = word_keys(word, language, handle);
        w.number = number_sense(word, digits, language);
        words_.push_back(std::move(w));
    }
    return it->second;
}

size_t FindIndex::prepare(size_t max_sentences) {
    const size_t total = article_->sentences.size();
    const size_t stop = std::min(total, next_sentence_ + std::min(max_sentences, total));
    for (; next_sentence_ < stop; ++next_sentence_) {
        const std::string_view text = article_->sentence_text(next_sentence_);
        const std::string& language = article_->sentences[next_sentence_].language;
        for (const WordSpan& span : split_words(text)) {
            const bool handle = span.begin_byte > 0 && text[span.begin_byte - 1] == '@'; // @araghchi: a name
            const uint32_t id = word_id(text.substr(span.begin_byte, span.end_byte - span.begin_byte), span.digits,
                                        handle, language);
            tokens_.push_back({id << 1 | (span.spaced ? 1u : 0u), span.begin, span.end});
        }
        sentence_tokens_.push_back(static_cast<uint32_t>(tokens_.size()));
    }
    if (prepared()) {
        // Nothing more will be added: the lookup table is dead weight (the page keeps up to eight of these).
        word_ids_ = {};
        tokens_.shrink_to_fit();
    }
    return total - next_sentence_;
}

std::vector<TextMatch> FindIndex::find(const FindQuery& query) {
    prepare();
    if (query.empty()) return {};
    std::vector<TextMatch> matches = find_phrase(query);
    if (query.number) matches = merge_matches(std::move(matches), find_number(*query.number), query.options.max_matches);
    else if (matches.size() > query.options.max_matches) matches.resize(query.options.max_matches);
    return matches;
}

std::vector<TextMatch> FindIndex::find_phrase(const FindQuery& query) const {
    // Which distinct words answer each word of the query: the only part that
    // grows with the vocabulary, done once per keystroke.
    const size_t terms = query.terms.size();
    std::vector<std::vector<bool>> answers(terms, std::vector<bool>(words_.size()));
    for (size_t t = 0; t < terms; ++t) {
        const QueryTerm& term = query.terms[t];
        const WordMatchRules rules{t + 1 == terms, query.options.across_scripts};
        bool any = false;
        for (size_t w = 0; w < words_.size(); ++w) {
            const Word& word = words_[w];
            const bool is_digits = word.number.kind == NumberSense::Kind::Digits;
            bool yes;
            if (!term.digits.empty()) yes = is_digits && word.number.value == term.digits;
            else yes = !is_digits && match_word(term.keys, word.keys, rules) != WordMatch::None;
            answers[t][w] = yes;
            any = any || yes;
        }
        if (!any) return {};
    }
    std::vector<TextMatch> matches;
    for (uint32_t s = 0; s + 1 < sentence_tokens_.size(); ++s) {
        const uint32_t end = sentence_tokens_[s + 1];
        for (uint32_t i = sentence_tokens_[s]; i + terms <= end; ++i) {
            size_t t = 0;
            while (t < terms && answers[t][tokens_[i + t].word()] &&
                   (t == 0 || tokens_[i + t].begin - tokens_[i + t - 1].end <= kPhraseGap))
                ++t;
            if (t < terms) continue;
            matches.push_back({s, tokens_[i].begin, tokens_[i + terms - 1].end});
            if (matches.size() >= query.options.max_matches) return matches;
            i += static_cast<uint32_t>(terms) - 1;
        }
    }
    return matches;
}

std::vector<TextMatch> FindIndex::find_number(const std::string& value) const {
    std::vector<TextMatch> matches;
    for (uint32_t s = 0; s + 1 < sentence_tokens_.size(); ++s) {
        const uint32_t end = sentence_tokens_[s + 1];
        for (uint32_t i = sentence_tokens_[s]; i < end; ++i) {
            const NumberSense& sense = words_[tokens_[i].word()].number;
            switch (sense.kind) {
            case NumberSense::Kind::Digits: case NumberSense::Kind::Ordinal:
                if (sense.value == value) matches.push_back({s, tokens_[i].begin, tokens_[i].end});
                break;
            case NumberSense::Kind::Cardinal: case NumberSense::Kind::Scale: {
                // A run of number words read together: он екі, twenty-five.
                std::vector<const NumberSense*> run{&sense};
                uint32_t last = i;
                while (last + 1 < end && tokens_[last + 1].spaced()) {
                    const NumberSense& next = words_[tokens_[last + 1].word()].number;
                    if (next.kind != NumberSense::Kind::Cardinal && next.kind != NumberSense::Kind::Scale) break;
                    run.push_back(&next);
                    ++last;
                }
                if (spelled_value(run) == value) matches.push_back({s, tokens_[i].begin, tokens_[last].end});
                i = last;
                break;
            }
            case NumberSense::Kind::None:
                break;
            }
        }
    }
    return matches;
}

} // namespace synoptic
