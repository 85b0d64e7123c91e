#include "core/ingest/metadata_text.h"

#include <cctype>
#include <cstdio>
#include <cstring>
#include <unicode/uchar.h>

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

int english_month(std::string_view word) {
    static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3) return 0;
    char lower[3];
    for (int i = 0; i < 3; ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    for (int m = 0; m < 12; ++m)
        if (std::strncmp(lower, kMonths[m], 3) == 0) return m + 1;
    return 0;
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
    // "February 6, 2026" / "6 February 2026" / "18th, May 2024": English month names.
    size_t i = 0;
    while (i < s.size()) {
        if (!std::isalpha(static_cast<unsigned char>(s[i])) || (i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1])))) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
        const int month = english_month(s.substr(i, end - i));
        if (month) {
            // Day before ("18th, May 2024", "6 February 2026").
            int day = 0, year = 0;
            size_t k = i;
            while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == ',')) --k;
            while (k > 0 && std::isalpha(static_cast<unsigned char>(s[k - 1]))) --k; // "th"
            size_t dend = k;
            while (k > 0 && digit_at(s, k - 1)) --k;
            if (dend > k && dend - k <= 2) day = number_at(s, k, dend - k);
            size_t j = end;
            while (j < s.size() && (s[j] == ' ' || s[j] == ',')) ++j;
            if (!day && digit_at(s, j)) { // "February 6, 2026"
                size_t dstart = j;
                while (digit_at(s, j)) ++j;
                if (j - dstart <= 2) day = number_at(s, dstart, j - dstart);
                while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j; // "6th"
                while (j < s.size() && (s[j] == ' ' || s[j] == ',')) ++j;
            }
            if (all_digits_at(s, j, 4)) year = number_at(s, j, 4);
            std::string d = iso(year, month, day);
            if (!d.empty()) return d;
        }
        i = end;
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
