#include <algorithm>

#include "core/features/token_scan.h"
#include "core/features/word_form.h"
#include "core/lexicon/common_words.h"
#include "core/text/transliterate.h"

namespace synoptic {

bool ascii_word(const Token& token) {
    if (token.kind != TokenKind::Word || token.norm.empty()) return false;
    for (unsigned char c : token.norm)
        if (c >= 0x80) return false;
    return true;
}

std::string name_key(std::string_view form, std::string_view language) {
    return phonetic_key(to_latin_ascii(form, language));
}

bool title_case_line(const std::vector<Token>& tokens) {
    // Share of capitalized words from which a line counts as title case:
    // English headlines leave "in", "of" in lower case.
    constexpr double kTitleCaseShare = 0.8;
    constexpr size_t kMinWords = 3;
    size_t cased = 0, capitalized = 0;
    for (const Token& t : tokens) {
        if (t.kind != TokenKind::Word || !t.cased) continue;
        ++cased;
        capitalized += t.capitalized ? 1 : 0;
    }
    return cased >= kMinWords && double(capitalized) >= kTitleCaseShare * double(cased);
}

bool credit_line(const std::vector<Token>& tokens, std::string_view language) {
    constexpr size_t kMaxCreditWords = 8; // a label, a name or two, an agency
    size_t words = 0;
    const Token* first = nullptr;
    for (const Token& t : tokens) {
        if (t.kind != TokenKind::Word) continue;
        if (!first) first = &t;
        ++words;
    }
    return first && words <= kMaxCreditWords && lexicon::is_credit_label(first->norm, language);
}

bool furniture_line(const TokenScan& scan) {
    constexpr size_t kMinTagSeparators = 2; // three tags or more
    size_t words = 0, separators = 0;
    for (const Token& t : scan.tokens) {
        words += t.kind == TokenKind::Word ? 1 : 0;
        separators += t.kind == TokenKind::Symbol && (t.norm == "," || t.norm == "|" || t.norm == "·") ? 1 : 0;
    }
    const bool dateline = words == 0 && !scan.tokens.empty();
    const bool tags = separators >= kMinTagSeparators && scan.title_case;
    return dateline || tags || scan.credit;
}

void ArticleVocabulary::add(const std::vector<Token>& tokens, std::string_view language) {
    const bool title_case = title_case_line(tokens);
    bool first = true;
    for (const Token& t : tokens) {
        if (t.kind != TokenKind::Word) continue;
        if (!t.capitalized) lowercase.push_back(word_form(t.norm, language));
        else if (!first && !title_case) capitalized_inside.push_back(word_form(t.norm, language));
        first = false;
    }
}

void ArticleVocabulary::finish() {
    for (auto* v : {&lowercase, &capitalized_inside}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
}

void find_name_anchors(TokenScan& scan, const ArticleVocabulary& vocabulary) {
    const std::vector<std::string>& known_lowercase = vocabulary.lowercase;
    if (scan.credit) return;
    const bool title_case = scan.title_case;
    bool first_word = true;
    for (size_t i = 0; i < scan.tokens.size(); ++i) {
        const Token& t = scan.tokens[i];
        if (t.kind != TokenKind::Word) continue;
        bool initial = first_word;
        first_word = false;
        bool after_handle = (i > 0 && scan.tokens[i - 1].norm == "@" && scan.adjacent(i)) ||
                            (t.norm.size() > 1 && t.norm[0] == '@');
        if (scan.claimed[i] || (!t.capitalized && !after_handle)) continue;
        if (lexicon::is_function_word(t.norm, scan.language) || lexicon::is_title_word(t.norm, scan.language))
            continue;
        const std::string& form = scan.forms[i];
        const std::string name = name_form(t.norm[0] == '@' ? std::string_view(t.norm).substr(1) : std::string_view(t.norm), scan.language);
        // A capitalized word the article also writes in lower case is an ordinary
        // word at a sentence start or in a headline, not a name.
        if (std::binary_search(known_lowercase.begin(), known_lowercase.end(), form)) continue;
        const bool capitalized_in_prose =
            std::binary_search(vocabulary.capitalized_inside.begin(), vocabulary.capitalized_inside.end(), form);
        if (title_case && !t.all_caps && !after_handle && !capitalized_in_prose) continue;
        if (initial && !t.all_caps && !after_handle) {
            size_t next = i + 1;
            while (next < scan.tokens.size() && scan.tokens[next].kind != TokenKind::Word) ++next;
            bool name_follows = next < scan.tokens.size() && scan.tokens[next].capitalized;
            if (!name_follows && !capitalized_in_prose) continue;
        }
        if (t.all_caps) {
            // Acronyms (IRNA, СМИ) keep their letters: a phonetic skeleton of
            // four letters collides with ordinary names (IRNA ~ Iran).
            // Turkish suffixes follow an apostrophe (IRNA'nın): not part of it.
            std::string_view letters = std::string_view(t.norm).substr(0, t.norm.find('\''));
            std::string latin = to_latin_ascii(letters, scan.language);
            if (latin.size() >= 2) scan.anchors.push_back({AnchorKind::Name, "acr:" + latin, t.span});
            continue;
        }
        std::string key = name_key(name, scan.language);
        if (key.size() >= 2) scan.anchors.push_back({AnchorKind::Name, "name:" + key, t.span});
        // Arabic article glued to a Latin name: Albusaidi ~ Бусаиди.
        std::string latin = to_latin_ascii(name, scan.language);
        if ((latin.rfind("al", 0) == 0 || latin.rfind("el", 0) == 0) && latin.size() >= 6) {
            std::string rest_key = phonetic_key(latin.substr(2));
            if (rest_key.size() >= 2 && rest_key != key)
                scan.anchors.push_back({AnchorKind::Name, "name:" + rest_key, t.span});
        }
    }
}

} // namespace synoptic
