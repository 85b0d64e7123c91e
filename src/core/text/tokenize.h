// Word tokens with byte spans, cut by ICU's word BreakIterator (UAX #29), each
// carrying its matching form (normalize_for_matching) and what it looks like.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic {

enum class TokenKind { Word, Number, Symbol };

struct Token {
    ByteSpan span;          // in the text given to tokenize_words, shifted by base_offset
    std::string norm;       // normalize_for_matching of the token
    TokenKind kind = TokenKind::Word;
    bool capitalized = false; // first letter upper or title case (names, sentence starts)
    bool all_caps = false;    // two or more letters, all upper case (АҚШ, IRNA)
    bool cased = false;       // its script has case (Latin, Cyrillic; not Arabic)
    bool space_before = false;
};

// Whitespace is dropped (remembered as space_before); punctuation stays as
// Symbol tokens because numbers need "%", ":" and "-".
std::vector<Token> tokenize_words(std::string_view text, std::string_view language,
                                  uint32_t base_offset = 0);

} // namespace synoptic
