#include "core/ingest/metadata_text.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unicode/uchar.h>
#include <vector>

#include "core/ingest/month_names.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace synoptic {

namespace {

bool digit_at(std::string_view s, size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); }

int number_at(std::string_view s, size_t i, size_t n) {
    int v = 0;
    for (size_t k = 0; k < n; ++k) v = v * 10 + (s[i + k] - '0');
    return v;
}

bool all_digits_at(std::string_view s, size_t i, size_t n) {
    for (size_t k = 0; k < n; ++k)
        if (!digit_at(s, i + k)) return false;
    return true;
}

std::string iso(int y, int m, int d) {
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

// A date's words and numbers, in order: runs of digits, runs of letters,
// and each other character but whitespace on its own.
struct DateToken {
    enum Kind { Number, Word, Mark } kind;
    std::string text;
};

DateToken::Kind date_token_kind(char32_t cp) {
    if (cp >= '0' && cp <= '9') return DateToken::Number;
    return u_isalpha(static_cast<UChar32>(cp)) ? DateToken::Word : DateToken::Mark;
}

std::vector<DateToken> date_tokens(std::string_view normalized) {
    std::vector<DateToken> tokens;
    size_t pos = 0;
    while (pos < normalized.size()) {
        const size_t start = pos;
        const char32_t cp = next_code_point(normalized, pos);
        if (u_isUWhiteSpace(static_cast<UChar32>(cp))) continue;
        const DateToken::Kind kind = date_token_kind(cp);
        if (kind != DateToken::Mark)
            for (size_t next = pos; next < normalized.size() && date_token_kind(next_code_point(normalized, next)) == kind;)
                pos = next;
        tokens.push_back({kind, std::string(normalized.substr(start, pos - start))});
    }
    return tokens;
}

bool is_token(const std::vector<DateToken>& tokens, size_t i, DateToken::Kind kind, size_t max_bytes = 64) {
    return i < tokens.size() && tokens[i].kind == kind && tokens[i].text.size() <= max_bytes;
}

// Commas and periods between a date's parts ("February 6, 2026", "18th, May").
bool is_date_separator(const std::vector<DateToken>& tokens, size_t i) {
    return is_token(tokens, i, DateToken::Mark) && (tokens[i].text == "," || tokens[i].text == ".");
}

// "18th", "1st": the ordinal ending after a day's digits.
bool is_english_ordinal(const std::vector<DateToken>& tokens, size_t i) {
    if (!is_token(tokens, i, DateToken::Word)) return false;
    const std::string& t = tokens[i].text;
    return t == "th" || t == "st" || t == "nd" || t == "rd";
}

// The date around a month name at tokens[m]: "6 February 2026", "February 6,
// 2026", "18th, May 2024", "7 февраля 2026", "2026 жылғы 7 ақпан".
std::string date_around_month(const std::vector<DateToken>& tokens, size_t m, int month) {
    // The value of a number of `min_digits` to `max_digits` digits at tokens[i]; 0 when there is none.
    const auto number = [&](size_t i, size_t min_digits, size_t max_digits) {
        if (!is_token(tokens, i, DateToken::Number, max_digits) || tokens[i].text.size() < min_digits) return 0;
        return std::atoi(tokens[i].text.c_str());
    };
    int day = 0;
    size_t day_at = m; // where the day is when it comes before the month
    size_t i = m;
    while (i > 0 && is_date_separator(tokens, i - 1)) --i;
    if (i > 0 && is_english_ordinal(tokens, i - 1)) --i;
    if (i > 0 && (day = number(i - 1, 1, 2))) day_at = i - 1;
    size_t after = m + 1;
    while (is_date_separator(tokens, after)) ++after;
    if (!day && (day = number(after, 1, 2))) {
        ++after;
        if (is_english_ordinal(tokens, after)) ++after;
        while (is_date_separator(tokens, after)) ++after;
    }
    int year = number(after, 4, 4);
    if (!year && day_at < m && day_at > 0) { // the year first: "2026 жылғы 7 ақпан", "2026 ж. 7 ақпан"
        size_t y = day_at - 1;
        while (y > 0 && is_date_separator(tokens, y)) --y;
        if (y > 0 && is_token(tokens, y, DateToken::Word)) --y;
        year = number(y, 4, 4);
    }
    return iso(year, month, day);
}

} // namespace

std::string find_date(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (!digit_at(s, i) || (i > 0 && digit_at(s, i - 1))) continue;
        // YYYY-MM-DD
        if (all_digits_at(s, i, 4) && i + 10 <= s.size() && s[i + 4] == '-' && all_digits_at(s, i + 5, 2) &&
            s[i + 7] == '-' && all_digits_at(s, i + 8, 2)) {
            std::string d = iso(number_at(s, i, 4), number_at(s, i + 5, 2), number_at(s, i + 8, 2));
            if (!d.empty()) return d;
        }
        // DD.MM.YYYY (also with / and -)
        if (all_digits_at(s, i, 2) && i + 10 <= s.size() && (s[i + 2] == '.' || s[i + 2] == '/') &&
            all_digits_at(s, i + 3, 2) && s[i + 5] == s[i + 2] && all_digits_at(s, i + 6, 4)) {
            std::string d = iso(number_at(s, i + 6, 4), number_at(s, i + 3, 2),
                                number_at(s, i, 2));
            if (!d.empty()) return d;
        }
    }
    // Month names: "February 6, 2026", "18th, May 2024", "7 февраля 2026", "7 Şubat 2026", "7 فبراير 2026".
    const std::vector<DateToken> tokens = date_tokens(normalize_for_matching(s, ""));
    for (size_t m = 0; m < tokens.size(); ++m) {
        if (tokens[m].kind != DateToken::Word) continue;
        const int month = month_of_word(tokens[m].text);
        if (!month) continue;
        std::string d = date_around_month(tokens, m, month);
        if (!d.empty()) return d;
    }
    return {};
}

std::string source_from_line(std::string_view line) {
    static const std::string_view kLabels[] = {"Kaynak:", "Источник:", "Дереккөз:", "Source:", "المصدر:", "Quelle:",
                                               "منبع:"};
    for (std::string_view label : kLabels) {
        if (line.substr(0, label.size()) != label) continue;
        std::string_view value = line.substr(label.size());
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '.')) value.remove_suffix(1);
        if (!value.empty() && value.size() < 80) return std::string(value);
    }
    return {};
}

bool is_language_tag(std::string_view text) {
    size_t pos = 0, letters = 0;
    while (pos < text.size()) {
        const char32_t cp = next_code_point(text, pos);
        if (!u_isupper(static_cast<UChar32>(cp))) return false;
        ++letters;
    }
    return letters >= 2 && letters <= 3;
}

std::string language_of_tag(std::string_view tag) {
    struct Tag {
        std::string_view tag;
        const char* language;
    };
    static const Tag kTags[] = {{"РУ", "ru"}, {"РУС", "ru"}, {"RU", "ru"}, {"ҚАЗ", "kk"}, {"КАЗ", "kk"},
                                {"KZ", "kk"}, {"KK", "kk"}, {"ҚАЗ", "kk"}, {"EN", "en"}, {"ENG", "en"},
                                {"TR", "tr"}, {"AR", "ar"}, {"DE", "de"}, {"FR", "fr"}, {"UA", "uk"},
                                {"УКР", "uk"}, {"FA", "fa"}};
    for (const Tag& t : kTags)
        if (t.tag == tag) return t.language;
    return {};
}

} // namespace synoptic
