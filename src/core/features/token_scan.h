// Internal to features/: the state the anchor finders share while scanning
// one sentence's tokens, so each token is claimed by one finder only
// (a month name is not also a name; the digits of a date are not also numbers).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/features/sentence_features.h"
#include "core/text/tokenize.h"

namespace synoptic {

struct TokenScan {
    std::string_view language;
    std::string_view text;            // the article text (token spans index it)
    std::vector<Token> tokens;
    std::vector<std::string> forms;   // word_form of each token ("" for symbols)
    std::vector<bool> claimed;
    std::vector<Anchor> anchors;
    bool title_case = false; // title_case_line(tokens)
    bool credit = false;     // credit_line(tokens, language)

    ByteSpan span(size_t first, size_t last) const { return {tokens[first].span.begin, tokens[last].span.end}; }
    std::string_view raw(size_t i) const { return text.substr(tokens[i].span.begin, tokens[i].span.size()); }
    bool adjacent(size_t i) const { return i < tokens.size() && !tokens[i].space_before; }
};

// Lexicon phrases (concepts, number words, calendar words), longest first.
void find_lexicon_anchors(TokenScan& scan);
// Digits: numbers with scale words and percent signs, times, numeric dates;
// and dates made of a day number next to a month name.
void find_number_anchors(TokenScan& scan);
// URLs and @handles.
void find_link_anchors(TokenScan& scan);
// Quoted words («...», “...”, "..."), keyed by their first word forms; a quote
// opened and not closed in the sentence runs to its end.
void find_quote_anchors(TokenScan& scan);
// A headline in title case or a line of tags ("Dış Politika, Orta Doğu,
// Güncel"): three or more cased words, nearly all capitalized. There a
// capital letter says nothing about a word.
bool title_case_line(const std::vector<Token>& tokens);

// A credit line: a photo credit, a byline, a source ("Фото: x.com /
// @badralbusaidi", "Kaynak: AA", "By Jane Roe"): a short line opened by a
// credit label. The people and agencies it names are not the story's.
bool credit_line(const std::vector<Token>& tokens, std::string_view language);

// A line that is not prose: a tag line (a title-case list: "Dış Politika,
// Orta Doğu, Diplomasi, Güvenlik"), a credit line, or a dateline alone
// ("07.02.2026 00:06": numbers and signs, no word).
// Reads scan.title_case and scan.credit.
bool furniture_line(const TokenScan& scan);

// What the whole article tells about its words' case (sorted word forms):
// written in lower case somewhere, or capitalized after a sentence's first
// word of a line that is not in title case.
struct ArticleVocabulary {
    std::vector<std::string> lowercase;
    std::vector<std::string> capitalized_inside;
    void add(const std::vector<Token>& sentence_tokens, std::string_view language);
    void finish();
};

// Name candidates among the capitalized tokens no other finder claimed. A
// word the article also writes in lower case is no name; a sentence's first
// word is one only if the article capitalizes it elsewhere too, or it is an
// acronym, or a capitalized word follows it (Аббас Арагчи); in a title-case
// line only acronyms and words the article capitalizes in its prose are;
// a credit line has none.
void find_name_anchors(TokenScan& scan, const ArticleVocabulary& vocabulary);

// Meanings of the ordinary words no lexicon, number or link finder claimed, from the news
// glossary (переговоры, келіссөз, müzakere → "negotiation"), longest
// phrase first; verb roots match the start of a word (айт- in айтты).
void find_gloss_keys(const TokenScan& scan, std::vector<std::string>& glosses);

// True when the token is plain ASCII letters: English words quoted inside
// another language (tweets, datelines) are also looked up in English.
bool ascii_word(const Token& token);

// The Latin key of a word form used for names and word keys.
std::string name_key(std::string_view form, std::string_view language);

} // namespace synoptic
