#include <cstdlib>

#include "core/features/number_words.h"
#include "core/features/token_scan.h"
#include "core/features/word_form.h"
#include "core/lexicon/common_words.h"
#include "core/lexicon/lexicon.h"

namespace synoptic {
namespace {

using lexicon::Entry;
using lexicon::EntryKind;

size_t code_points(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

bool has_char(std::string_view s, std::string_view utf8_char) { return s.find(utf8_char) != std::string_view::npos; }

// Arabic writes Oman (عُمان) and Amman (عمّان) alike once vowel marks are
// dropped: decide from the marks if the writer kept them, else from the
// words around (سلطنة, مسقط for Oman; الأردن for Amman), else Oman.
std::string oman_or_amman(const TokenScan& scan, size_t token) {
    std::string_view raw = scan.raw(token);
    if (has_char(raw, "\u064F")) return "country:OM"; // damma on ع
    if (has_char(raw, "\u0651")) return "city:Amman";  // shadda on م
    for (size_t i = 0; i < scan.tokens.size(); ++i) {
        const std::string& f = scan.forms[i];
        if (f == "سلطنه" || f == "مسقط" || f == "عماني" || f == "عمانيه") return "country:OM";
        if (f == "اردن" || f == "اردني" || f == "اردنيه") return "city:Amman";
    }
    return "country:OM";
}

// Spelled-out numbers: a run of number and scale words read as one value.
bool read_number_words(TokenScan& scan, size_t first, size_t last, const std::vector<const Entry*>& run_entries) {
    std::optional<double> value = number_words_value(run_entries);
    if (!value) return false;
    scan.anchors.push_back({AnchorKind::Number, number_value_key(*value), scan.span(first, last)});
    return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Adjectives of place (иранские, американскую, İranlı, Iranian, Omani,
// الإيرانية) name the same country as the noun: strip the derivation and look
// the base up again. Kazakh -лық/-дық is already a suffix the stemmer strips.
const lexicon::Entry* derived_concept(const TokenScan& scan, size_t i) {
    std::string_view lang = scan.language;
    const std::string& norm = scan.tokens[i].norm;
    const std::string& form = scan.forms[i];
    std::vector<std::string> bases;
    auto cut = [](std::string_view s, size_t bytes) { return std::string(s.substr(0, s.size() - bytes)); };
    if (lang == "ru" || lang == "uk") {
        for (std::string_view suffix : {"ск", "цк"})
            if (ends_with(form, suffix)) {
                std::string base = cut(form, suffix.size());
                bases.push_back(base);
                if (ends_with(base, "н")) bases.push_back(cut(base, 2) + "а"); // американ → америка
            }
    } else if (lang == "tr" || lang == "az") {
        std::string_view w = std::string_view(norm).substr(0, norm.find('\''));
        for (std::string_view suffix : {"lı", "li", "lu", "lü"})
            if (ends_with(w, suffix)) bases.push_back(cut(w, suffix.size()));
        if (ends_with(w, "n")) bases.push_back(cut(w, 1)); // amerikan → amerika
    } else if (lang == "en") {
        for (std::string_view suffix : {"ian", "an", "i", "ese", "ish"})
            if (ends_with(norm, suffix)) bases.push_back(cut(norm, suffix.size())), bases.push_back(cut(norm, suffix.size()) + "a");
        if (ends_with(norm, "n")) bases.push_back(cut(norm, 1)); // american → america
    } else if (lang == "ar") {
        for (std::string_view suffix : {"يين", "يون", "يه", "ي"})
            if (ends_with(form, suffix)) {
                std::string base = cut(form, suffix.size());
                bases.push_back(base);
                bases.push_back(base + "ا"); // امريكي → امريكا
            }
    }
    for (const std::string& base : bases) {
        if (code_points(base) < 3) continue;
        std::string base_form = lang == "ar" ? base : word_form(base, lang);
        for (const Entry& e : lexicon::lookup(lang, base_form))
            if (e.kind == EntryKind::Concept && e.tokens == 1 && e.value.rfind("country:", 0) == 0) return &e;
    }
    return nullptr;
}

} // namespace

void find_lexicon_anchors(TokenScan& scan) {
    const size_t n = scan.tokens.size();
    std::vector<const Entry*> number_run;
    size_t number_first = 0, number_last = 0;
    auto flush_numbers = [&] {
        if (!number_run.empty()) read_number_words(scan, number_first, number_last, number_run);
        number_run.clear();
    };
    for (size_t i = 0; i < n;) {
        // twenty-five, sixty-one: a hyphen inside a run of number words.
        if (!number_run.empty() && scan.tokens[i].norm == "-" && scan.adjacent(i) && scan.adjacent(i + 1)) {
            ++i;
            continue;
        }
        if (scan.tokens[i].kind != TokenKind::Word || scan.claimed[i]) {
            flush_numbers();
            ++i;
            continue;
        }
        bool matched = false;
        for (size_t len = std::min(lexicon::kMaxPhraseTokens, n - i); len >= 1 && !matched; --len) {
            std::string joined;
            size_t last = i, words = 0;
            for (size_t j = i; j < n && words < len; ++j) {
                if (scan.tokens[j].kind == TokenKind::Symbol && scan.tokens[j].norm == "-") continue;
                if (scan.tokens[j].kind != TokenKind::Word) break;
                if (words) joined += ' ';
                joined += scan.forms[j];
                last = j;
                ++words;
            }
            if (words != len) continue;
            // One short word (bu, da) is too often a function word that a
            // stemmer cut to a concept's stem.
            bool cased_script = scan.tokens[i].cased;
            if (len == 1 && lexicon::is_function_word(scan.tokens[i].norm, scan.language)) continue;
            bool short_word = len == 1 && !scan.tokens[i].all_caps &&
                              (code_points(scan.forms[i]) < 3 || code_points(scan.tokens[i].norm) < 3);
            const std::vector<Entry>* found = &lexicon::lookup(scan.language, joined);
            if (found->empty() && len == 1 && scan.language != "en" && ascii_word(scan.tokens[i]))
                found = &lexicon::lookup("en", word_form(scan.tokens[i].norm, "en"));
            const std::vector<Entry>& entries = *found;
            if (entries.empty()) continue;
            // Prefer a concept, then calendar words, then number words.
            const Entry* number = nullptr;
            std::vector<const Entry*> concepts;
            const Entry* calendar = nullptr;
            for (const Entry& e : entries) {
                switch (e.kind) {
                case EntryKind::Acronym:
                    if (len == 1 && scan.tokens[i].all_caps) concepts.push_back(&e);
                    break;
                case EntryKind::Concept:
                    if (short_word || (e.capitalized && !scan.tokens[i].capitalized && cased_script)) break;
                    concepts.push_back(&e);
                    break;
                case EntryKind::Weekday:
                    // Arabic weekdays carry the article (الأحد); bare أحد is "one of".
                    if (scan.language == "ar" && scan.tokens[i].norm.find("ال") == std::string::npos) break;
                    if (!calendar) calendar = &e;
                    break;
                case EntryKind::Month: case EntryKind::RelativeDay:
                    if (!calendar) calendar = &e;
                    break;
                case EntryKind::Number: case EntryKind::Scale:
                    if (!number || e.kind == EntryKind::Number) number = &e;
                    break;
                case EntryKind::Ordinal:
                    if (!number) number = &e;
                    break;
                case EntryKind::Gloss: // ordinary words: find_gloss_keys, after names
                    break;
                }
            }
            if (!concepts.empty()) {
                flush_numbers();
                bool oman = false, amman = false;
                for (const Entry* c : concepts) {
                    oman = oman || c->value == "country:OM";
                    amman = amman || c->value == "city:Amman";
                }
                if (oman && amman) {
                    scan.anchors.push_back({AnchorKind::Concept, oman_or_amman(scan, i), scan.span(i, last)});
                } else {
                    std::vector<std::string> seen;
                    for (const Entry* c : concepts) {
                        bool dup = false;
                        for (auto& s : seen) dup = dup || s == c->value;
                        if (dup) continue;
                        seen.push_back(c->value);
                        scan.anchors.push_back({AnchorKind::Concept, c->value, scan.span(i, last)});
                    }
                }
            } else if (calendar) {
                flush_numbers();
                std::string key = calendar->kind == EntryKind::Month     ? "month:" + std::string(calendar->value.size() == 1 ? "0" : "") + calendar->value
                                  : calendar->kind == EntryKind::Weekday ? "weekday:" + calendar->value
                                                                         : "day:" + calendar->value;
                scan.anchors.push_back({AnchorKind::Date, key, scan.span(i, last)});
            } else if (number && len == 1) {
                if (number->kind == EntryKind::Ordinal) {
                    flush_numbers();
                    scan.anchors.push_back({AnchorKind::Number, "ord:" + number->value, scan.span(i, last)});
                } else {
                    if (number_run.empty()) number_first = i;
                    number_last = i;
                    number_run.push_back(number);
                }
            } else {
                continue;
            }
            for (size_t j = i; j <= last; ++j) scan.claimed[j] = true;
            i = last + 1;
            matched = true;
        }
        if (!matched) {
            flush_numbers();
            if (!lexicon::is_function_word(scan.tokens[i].norm, scan.language))
                if (const Entry* derived = derived_concept(scan, i)) {
                    scan.anchors.push_back({AnchorKind::Concept, derived->value, scan.tokens[i].span});
                    scan.claimed[i] = true;
                }
            ++i;
        }
    }
    flush_numbers();
}

} // namespace synoptic
