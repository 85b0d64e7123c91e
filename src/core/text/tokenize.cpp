#include "core/text/tokenize.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "core/text/normalize.h"

namespace synoptic {
namespace {

icu::BreakIterator* word_breaker() {
    // One iterator for the process: the core runs single-threaded (also in the page).
    static std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) it.reset();
        return it;
    }();
    return breaker.get();
}

void describe_case(std::string_view piece, Token& token) {
    int32_t letters = 0, upper = 0;
    bool first = true;
    for (int32_t i = 0; i < static_cast<int32_t>(piece.size());) {
        UChar32 c;
        U8_NEXT(piece.data(), i, static_cast<int32_t>(piece.size()), c);
        if (c == '\'' || c == 0x2019) break; // ABD'nin: the suffix does not change the case
        if (c < 0 || !u_isalpha(c)) continue;
        ++letters;
        bool is_upper = u_isupper(c) || u_istitle(c);
        if (is_upper) ++upper;
        if (first) {
            token.capitalized = is_upper;
            token.cased = is_upper || u_islower(c);
        }
        first = false;
    }
    token.all_caps = letters >= 2 && upper == letters;
}

} // namespace

std::vector<Token> tokenize_words(std::string_view text, std::string_view language,
                                  uint32_t base_offset) {
    std::vector<Token> tokens;
    icu::BreakIterator* breaker = word_breaker();
    if (!breaker || text.empty()) return tokens;
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return tokens;
    breaker->setText(utext, status);
    bool space = false;
    int32_t begin = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
         begin = end, end = breaker->next()) {
        std::string_view piece = text.substr(begin, end - begin);
        int32_t rule = breaker->getRuleStatus();
        UChar32 first;
        int32_t i = 0;
        U8_NEXT(piece.data(), i, static_cast<int32_t>(piece.size()), first);
        if (rule < UBRK_WORD_NONE_LIMIT && (first < 0 || u_isUWhiteSpace(first) ||
                                            u_charType(first) == U_CONTROL_CHAR ||
                                            u_charType(first) == U_FORMAT_CHAR)) {
            space = true;
            continue;
        }
        Token token;
        token.span = {base_offset + static_cast<uint32_t>(begin), base_offset + static_cast<uint32_t>(end)};
        token.norm = normalize_for_matching(piece, language);
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
            token.kind = TokenKind::Number;
        else if (rule >= UBRK_WORD_NONE_LIMIT)
            token.kind = TokenKind::Word;
        else
            token.kind = TokenKind::Symbol;
        if (token.kind == TokenKind::Word) describe_case(piece, token);
        token.space_before = space;
        space = false;
        tokens.push_back(std::move(token));
    }
    utext_close(utext);
    return tokens;
}

} // namespace synoptic
