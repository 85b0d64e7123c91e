#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "core/features/number_words.h"
#include "core/features/token_scan.h"
#include "core/features/word_form.h"
#include "core/lexicon/lexicon.h"

namespace synoptic {
namespace {

using lexicon::EntryKind;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads "1,5", "1.000", "1,000.5", "350", "18th" by the language's marks:
// Russian, Kazakh and Turkish write the decimal comma; English and (after
// normalization of ٫ ٬) Arabic the decimal point. A mark followed by exactly
// three digits, repeated, or before the other mark groups thousands.
std::optional<double> read_digits(std::string_view s, std::string_view language) {
    size_t end = 0;
    while (end < s.size() && (is_digit(s[end]) || s[end] == '.' || s[end] == ',')) ++end;
    s = s.substr(0, end);
    while (!s.empty() && !is_digit(s.back())) s.remove_suffix(1);
    if (s.empty() || !is_digit(s[0])) return std::nullopt;
    size_t dots = 0, commas = 0;
    for (char c : s) dots += c == '.', commas += c == ',';
    bool comma_decimal = language == "ru" || language == "kk" || language == "tr" || language == "az" ||
                         language == "de" || language == "fr" || language == "es" || language == "it";
    char decimal = 0;
    if (dots && commas) {
        decimal = s.find_last_of(".,") == s.rfind('.') ? '.' : ',';
    } else if (dots == 1 || commas == 1) {
        char mark = dots ? '.' : ',';
        size_t after = s.size() - s.find(mark) - 1;
        bool grouping_mark = (mark == ',') != comma_decimal; // the locale's grouping separator
        if (!(grouping_mark && after == 3)) decimal = mark;
        if (mark == '.' && language == "tr" && after == 3) decimal = 0; // 1.000 in Turkish
    }
    std::string digits;
    for (char c : s) {
        if (is_digit(c)) digits += c;
        else if (c == decimal) digits += '.';
    }
    return std::strtod(digits.c_str(), nullptr);
}

std::string two(int v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

const lexicon::Entry* lexicon_entry(const TokenScan& scan, size_t i, EntryKind kind) {
    if (i >= scan.tokens.size() || scan.tokens[i].kind != TokenKind::Word) return nullptr;
    for (const lexicon::Entry& e : lexicon::lookup(scan.language, scan.forms[i]))
        if (e.kind == kind && e.tokens == 1) return &e;
    if (scan.language != "en" && ascii_word(scan.tokens[i]))
        for (const lexicon::Entry& e : lexicon::lookup("en", word_form(scan.tokens[i].norm, "en")))
            if (e.kind == kind && e.tokens == 1) return &e;
    return nullptr;
}

bool plain_integer(const Token& t, int min_digits, int max_digits) {
    int n = 0;
    for (char c : t.norm) {
        if (!is_digit(c)) return false;
        ++n;
    }
    return n >= min_digits && n <= max_digits;
}

bool is_symbol(const TokenScan& scan, size_t i, std::string_view s) {
    return i < scan.tokens.size() && scan.tokens[i].kind == TokenKind::Symbol && scan.tokens[i].norm == s;
}

bool percent_word(std::string_view form) {
    return form.rfind("процент", 0) == 0 || form == "пайыз" || form == "percent" ||
           form == "بالمئه" || form == "بالمائه";
}

} // namespace

void find_number_anchors(TokenScan& scan) {
    const size_t n = scan.tokens.size();
    for (size_t i = 0; i < n; ++i) {
        const Token& t = scan.tokens[i];
        if (scan.claimed[i] || t.kind != TokenKind::Number || !is_digit(t.norm[0])) continue;

        // dd.mm.yyyy (one token for ICU) → a date and its year.
        int d = 0, m = 0, y = 0;
        char tail = 0;
        if (std::sscanf(t.norm.c_str(), "%d.%d.%d%c", &d, &m, &y, &tail) == 3 && d >= 1 && d <= 31 &&
            m >= 1 && m <= 12 && y >= 1900 && y <= 2100) {
            scan.anchors.push_back({AnchorKind::Date, two(m) + "-" + two(d), t.span});
            scan.anchors.push_back({AnchorKind::Number, std::to_string(y), t.span});
            scan.claimed[i] = true;
            continue;
        }
        // yyyy-mm-dd
        if (plain_integer(t, 4, 4) && is_symbol(scan, i + 1, "-") && scan.adjacent(i + 1) && i + 4 < n &&
            plain_integer(scan.tokens[i + 2], 2, 2) && is_symbol(scan, i + 3, "-") &&
            plain_integer(scan.tokens[i + 4], 2, 2) && scan.adjacent(i + 2) && scan.adjacent(i + 4)) {
            int month = std::atoi(scan.tokens[i + 2].norm.c_str()), day = std::atoi(scan.tokens[i + 4].norm.c_str());
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                scan.anchors.push_back({AnchorKind::Date, two(month) + "-" + two(day), scan.span(i, i + 4)});
                scan.anchors.push_back({AnchorKind::Number, t.norm, t.span});
                for (size_t j = i; j <= i + 4; ++j) scan.claimed[j] = true;
                i += 4;
                continue;
            }
        }
        // hh:mm
        if (plain_integer(t, 1, 2) && is_symbol(scan, i + 1, ":") && scan.adjacent(i + 1) && i + 2 < n &&
            scan.adjacent(i + 2) && plain_integer(scan.tokens[i + 2], 2, 2)) {
            int h = std::atoi(t.norm.c_str()), mi = std::atoi(scan.tokens[i + 2].norm.c_str());
            if (h <= 24 && mi < 60) {
                scan.anchors.push_back({AnchorKind::Number, "time:" + two(h) + ":" + two(mi), scan.span(i, i + 2)});
                for (size_t j = i; j <= i + 2; ++j) scan.claimed[j] = true;
                i += 2;
                continue;
            }
        }

        std::optional<double> value = read_digits(t.norm, scan.language);
        if (!value) continue;
        size_t first = i, last = i;
        scan.claimed[i] = true;
        // "1 000 000": groups of three digits after one space (ru, kk, fr).
        bool groupable = plain_integer(t, 1, 3);
        while (groupable && last + 1 < n && !scan.claimed[last + 1] &&
               plain_integer(scan.tokens[last + 1], 3, 3) && scan.tokens[last + 1].space_before &&
               scan.tokens[last + 1].span.begin - scan.tokens[last].span.end <= 3) {
            value = *value * 1000 + std::atof(scan.tokens[last + 1].norm.c_str());
            scan.claimed[++last] = true;
        }
        // Day next to a month name: "6 февраля", "6 ақпан", "6 Şubat", "6 فبراير", "February 6".
        double v = *value;
        bool integer = v == std::floor(v);
        if (integer && v >= 1 && v <= 31 && last == i) {
            size_t after = last + 1;
            if (is_symbol(scan, last + 1, "-") && last + 2 < n && scan.tokens[last + 2].kind == TokenKind::Word &&
                scan.adjacent(last + 2) && scan.forms[last + 2].size() <= 4)
                after = last + 3; // 6-го февраля, 6-шы ақпан
            const lexicon::Entry* month = lexicon_entry(scan, after, EntryKind::Month);
            const lexicon::Entry* month_before = i > 0 ? lexicon_entry(scan, i - 1, EntryKind::Month) : nullptr;
            if (month_before && scan.claimed[i - 1]) month_before = nullptr;
            const lexicon::Entry* use = month ? month : month_before;
            if (use) {
                int mo = std::atoi(use->value.c_str());
                size_t lo = month ? i : i - 1, hi = month ? after : i;
                scan.anchors.push_back({AnchorKind::Date, two(mo) + "-" + two(static_cast<int>(v)), scan.span(lo, hi)});
                for (size_t j = lo; j <= hi; ++j) scan.claimed[j] = true;
                i = hi;
                continue;
            }
        }
        // Scale words after digits: 1,5 млн; 3 milyar; 350 ألف.
        if (last + 1 < n) {
            if (const lexicon::Entry* scale = lexicon_entry(scan, last + 1, EntryKind::Scale)) {
                v *= std::atof(scale->value.c_str());
                scan.claimed[++last] = true;
                if (is_symbol(scan, last + 1, ".") && scan.adjacent(last + 1)) scan.claimed[++last] = true;
            }
        }
        // Percent: 12%, %12 (Turkish), 12 процентов, yüzde 12.
        bool percent = false;
        if (is_symbol(scan, last + 1, "%")) {
            percent = true;
            scan.claimed[++last] = true;
        } else if (first > 0 && is_symbol(scan, first - 1, "%") && scan.adjacent(first)) {
            percent = true;
            scan.claimed[--first] = true;
        } else if (last + 1 < n && (percent_word(scan.forms[last + 1]) || percent_word(scan.tokens[last + 1].norm))) {
            percent = true;
            scan.claimed[++last] = true;
        } else if (first > 0 && scan.tokens[first - 1].norm == "yüzde") {
            percent = true;
            scan.claimed[--first] = true;
        }
        scan.anchors.push_back({AnchorKind::Number, number_value_key(v) + (percent ? "%" : ""), scan.span(first, last)});
        i = last;
    }
}

} // namespace synoptic
