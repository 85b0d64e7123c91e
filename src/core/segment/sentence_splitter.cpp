#include "core/segment/sentence_splitter.h"

#include <algorithm>
#include <map>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/segment/abbreviations.h"
#include "core/text/script.h"
#include "core/text/utf8.h"

namespace synoptic {

namespace {

// One break iterator per locale, created on first use: creating one costs
// far more than splitting a paragraph. The core is single-threaded.
icu::BreakIterator* break_iterator_for(const std::string& locale) {
    static std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
    auto it = cache.find(locale);
    if (it != cache.end()) return it->second.get();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale::createFromName(locale.c_str()), status));
    if (U_FAILURE(status)) bi.reset();
    icu::BreakIterator* raw = bi.get();
    cache.emplace(locale, std::move(bi));
    return raw;
}

// The paragraph as UTF-16 for ICU, with the byte offset of every UTF-16
// unit (and one past the end) so that ICU's boundaries map back to bytes.
struct Utf16View {
    icu::UnicodeString text;
    std::vector<uint32_t> byte_offset;
};

Utf16View to_utf16(std::string_view text, ByteSpan span) {
    Utf16View view;
    size_t pos = span.begin;
    while (pos < span.end) {
        const size_t start = pos;
        char32_t cp = next_code_point(text.substr(0, span.end), pos);
        // A line break inside a paragraph is a soft wrap, not a paragraph
        // separator; ICU would always break there.
        if (cp == '\n') cp = ' ';
        view.text.append(static_cast<UChar32>(cp));
        view.byte_offset.push_back(static_cast<uint32_t>(start));
        if (cp > 0xFFFF) view.byte_offset.push_back(static_cast<uint32_t>(start));
    }
    view.byte_offset.push_back(span.end);
    return view;
}

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || u_isUWhiteSpace(cp); }

// Code points of a UTF-8 range, for looking around a candidate break.
std::u32string decode(std::string_view text) {
    std::u32string out;
    size_t pos = 0;
    while (pos < text.size()) out.push_back(next_code_point(text, pos));
    return out;
}

bool is_closing_punctuation(char32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
           cp == 0xBB || cp == 0x201C || cp == 0x203A;
}

bool is_dash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2012 || cp == 0x2015; }

bool is_upper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)); }
bool is_lower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)); }
bool is_digit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool is_letter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }

std::u32string lowercase(std::u32string s) {
    for (char32_t& c : s) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    return s;
}

std::string to_utf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) append_utf8(out, c);
    return out;
}

// What the text before a candidate break ends with and what follows it.
struct BreakContext {
    std::u32string before; // trailing whitespace removed
    std::u32string after;  // leading whitespace removed
    bool sentence_start = false; // `before` starts at the paragraph's start
};

// One to three words, all letters upper case, e.g. "АСТАНА." or "NUR-SULTAN.".
bool is_dateline(const std::u32string& before) {
    size_t letters = 0, words = 1;
    for (char32_t c : before) {
        if (is_space(c)) ++words;
        else if (is_letter(c)) {
            if (!is_upper(c)) return false;
            ++letters;
        } else if (!(c == '.' || c == '-' || c == ',' || is_digit(c))) {
            return false;
        }
    }
    return letters >= 3 && words <= 3;
}

// The last whitespace-delimited token of `s`, with opening quotes/brackets dropped.
std::u32string last_token(const std::u32string& s) {
    size_t begin = s.size();
    while (begin > 0 && !is_space(s[begin - 1])) --begin;
    std::u32string token = s.substr(begin);
    while (!token.empty() && (token[0] == '(' || token[0] == '"' || token[0] == 0xAB || token[0] == 0x201C ||
                              token[0] == 0x201E || token[0] == '[' || is_dash(token[0])))
        token.erase(0, 1);
    return token;
}

// The token before the last one (for "2025 г.").
std::u32string token_before_last(const std::u32string& s) {
    size_t end = s.size();
    while (end > 0 && !is_space(s[end - 1])) --end;
    while (end > 0 && is_space(s[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 && !is_space(s[begin - 1])) --begin;
    return s.substr(begin, end - begin);
}

std::u32string first_token(const std::u32string& s) {
    size_t end = 0;
    while (end < s.size() && !is_space(s[end])) ++end;
    return s.substr(0, end);
}

bool all_digits(const std::u32string& s) {
    if (s.empty()) return false;
    for (char32_t c : s)
        if (!is_digit(c)) return false;
    return true;
}

bool is_acronym(const std::u32string& token) {
    size_t upper = 0;
    for (char32_t c : token) {
        if (is_upper(c)) ++upper;
        else if (is_letter(c)) return false;
    }
    return upper >= 2;
}

bool starts_with(const std::u32string& s, std::u32string_view prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

// An attribution after an embedded post: "— Name (@handle) February 6, 2026".
bool is_tweet_attribution(const std::u32string& after) {
    if (after.empty() || !is_dash(after[0])) return false;
    const size_t handle = after.find(U"(@");
    return handle != std::u32string::npos && handle < 120;
}

// True when ICU's break between `before` and `after` must go.
bool is_false_break(const BreakContext& c, std::string_view language) {
    if (c.before.empty() || c.after.empty()) return false;
    const char32_t last = c.before.back();
    const char32_t next = c.after[0];

    if (is_tweet_attribution(c.after)) return true;

    // A dateline: "АСТАНА. KAZINFORM - ...", "ANKARA. (AA) - ...": a place
    // name in capitals and a full stop start the first sentence, not end one.
    if (last == '.' && c.sentence_start && is_dateline(c.before)) return true;

    // "Mr. Smith", "г. Алматы", "А. Смаилов", "т.е. Иран": a full stop that
    // belongs to a word, not to the sentence.
    if (last == '.') {
        const std::u32string token = last_token(c.before);
        std::u32string word = lowercase(token.substr(0, token.size() - 1));
        const std::string word8 = to_utf8(word);
        if (token.size() == 2 && is_upper(token[0])) return is_upper(next); // an initial
        if (is_unit_abbreviation(word8) && all_digits(token_before_last(c.before))) {
            const std::u32string following = first_token(c.after);
            return is_digit(next) || is_acronym(following) || is_lower(next);
        }
        if (is_final_abbreviation(word8)) return false;
        // "No. 5" but "He said no. Then...": only a number continues it.
        if (word8 == "no" || word8 == "nos" || word8 == "nr") return is_digit(next);
        if (is_non_final_abbreviation(word8, language)) return true;
        // Turkish and German ordinals: "15. yüzyıl", "2. Dünya Savaşı".
        if ((language == "tr" || language == "de") && all_digits(word) && word.size() <= 2) return true;
    }

    // An ellipsis in the middle of a headline in a script without capitals:
    // nothing tells a new sentence, so it continues.
    if ((last == 0x2026 || (c.before.size() >= 3 && c.before.compare(c.before.size() - 3, 3, U"...") == 0)) &&
        is_caseless_script(script_of(next)))
        return true;

    // Russian and Kazakh dialogue: "— Это начало! — заявил он." The reporting
    // clause after the dash continues the sentence.
    if ((last == '!' || last == '?' || last == 0x2026 || last == '.' || is_closing_punctuation(last)) &&
        is_dash(next) && c.after.size() > 2) {
        size_t i = 1;
        while (i < c.after.size() && is_space(c.after[i])) ++i;
        if (i > 1 && i < c.after.size() && is_lower(c.after[i])) return true;
    }
    return false;
}

// Positions (byte offsets) where a sentence starts although ICU saw none:
// a link to an embedded picture after a finished sentence.
void add_missing_breaks(std::string_view text, ByteSpan span, std::vector<uint32_t>& breaks) {
    static const std::string_view kStarts[] = {"pic.twitter.com/", "https://", "http://"};
    const std::string_view para = text.substr(span.begin, span.size());
    for (std::string_view start : kStarts) {
        size_t pos = 0;
        while ((pos = para.find(start, pos)) != std::string_view::npos) {
            size_t k = pos;
            while (k > 0 && (para[k - 1] == ' ' || para[k - 1] == '\t')) --k;
            const bool after_space = k < pos;
            while (k > 0 && (para[k - 1] == '"' || para[k - 1] == ')' || para[k - 1] == '\'')) --k;
            const bool after_terminal = k > 0 && (para[k - 1] == '.' || para[k - 1] == '!' || para[k - 1] == '?');
            if (after_space && after_terminal && start == "pic.twitter.com/")
                breaks.push_back(static_cast<uint32_t>(span.begin + pos));
            pos += start.size();
        }
    }
}

} // namespace

std::string sentence_break_locale(std::string_view language) {
    if (language.empty() || language == "und") return "root";
    // Only English has suppression data in ICU 72 that news needs ("Mr.").
    if (language == "en") return "en@ss=standard";
    return std::string(language);
}

std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan paragraph, std::string_view language) {
    std::vector<ByteSpan> sentences;
    if (paragraph.end > text.size() || paragraph.begin >= paragraph.end) return sentences;

    std::vector<uint32_t> breaks; // byte offsets where a sentence starts, after the first
    icu::BreakIterator* bi = break_iterator_for(sentence_break_locale(language));
    if (bi) {
        const Utf16View u16 = to_utf16(text, paragraph);
        bi->setText(u16.text);
        for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next())
            if (b > 0 && b < u16.text.length()) breaks.push_back(u16.byte_offset[static_cast<size_t>(b)]);
    }
    add_missing_breaks(text, paragraph, breaks);
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());

    // Walk the candidate breaks; a false one joins its two sides.
    uint32_t start = paragraph.begin;
    const auto emit = [&](uint32_t from, uint32_t to) {
        const std::string_view piece = text.substr(from, to - from);
        // Trim whitespace (ASCII and no-break spaces) at both ends.
        size_t b = 0, e = piece.size();
        while (b < e) {
            size_t p = b;
            const char32_t cp = next_code_point(piece, p);
            if (!is_space(cp)) break;
            b = p;
        }
        while (e > b) {
            size_t p = e - 1;
            while (p > b && (static_cast<unsigned char>(piece[p]) & 0xC0) == 0x80) --p;
            size_t q = p;
            if (!is_space(next_code_point(piece, q))) break;
            e = p;
        }
        if (e > b) sentences.push_back({static_cast<uint32_t>(from + b), static_cast<uint32_t>(from + e)});
    };
    for (uint32_t brk : breaks) {
        if (brk <= start) continue;
        BreakContext context;
        // Only the end of the running sentence matters; bounding it keeps a
        // paragraph with thousands of abbreviations linear.
        size_t from = brk - start > 256 ? brk - 256 : start;
        while (from < brk && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
        context.before = decode(text.substr(from, brk - from));
        context.sentence_start = from == start && start == paragraph.begin;
        while (!context.before.empty() && is_space(context.before.back())) context.before.pop_back();
        const size_t look_ahead = std::min<size_t>(paragraph.end - brk, 400);
        context.after = decode(text.substr(brk, look_ahead));
        size_t lead = 0;
        while (lead < context.after.size() && is_space(context.after[lead])) ++lead;
        context.after.erase(0, lead);
        if (is_false_break(context, language)) continue;
        emit(start, brk);
        start = brk;
    }
    emit(start, paragraph.end);
    return sentences;
}

void segment_article(Article& article) {
    article.sentences.clear();
    for (uint32_t i = 0; i < article.paragraphs.size(); ++i) {
        const Paragraph& p = article.paragraphs[i];
        // The title is one sentence whatever its punctuation ("Что дальше?
        // Иран и США договорились"): alignments pair titles as wholes.
        if (i == 0 && !article.meta.title.empty() && article.slice(p.span) == article.meta.title) {
            article.sentences.push_back({p.span, i, p.language});
            continue;
        }
        for (const ByteSpan& span : split_sentences(article.text, p.span, p.language))
            article.sentences.push_back({span, i, p.language});
    }
}

} // namespace synoptic
