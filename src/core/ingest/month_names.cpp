#include "core/ingest/month_names.h"

#include <string>
#include <vector>

#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace synoptic {

namespace {

struct MonthName {
    const char* written; // as a page writes it; compared after normalize_for_matching
    int month;
    // Letters a word may add after the name: case endings (февраля, ақпанда);
    // -1 for a prefix of the name, at least three letters (Feb, Sept, февр.).
    int ending_letters;
};

const MonthName kMonthNames[] = {
    // English, and its abbreviations.
    {"january", 1, -1}, {"february", 2, -1}, {"march", 3, -1}, {"april", 4, -1}, {"may", 5, 0},
    {"june", 6, -1}, {"july", 7, -1}, {"august", 8, -1}, {"september", 9, -1}, {"october", 10, -1},
    {"november", 11, -1}, {"december", 12, -1},
    // Russian: the stem before the case ending (января, марта, мая), and abbreviations.
    {"январ", 1, 1}, {"феврал", 2, 1}, {"март", 3, 1}, {"апрел", 4, 1}, {"май", 5, 0}, {"мая", 5, 0},
    {"мае", 5, 0}, {"июн", 6, 1}, {"июл", 7, 1}, {"август", 8, 1}, {"сентябр", 9, 1}, {"октябр", 10, 1},
    {"ноябр", 11, 1}, {"декабр", 12, 1}, {"янв", 1, 0}, {"фев", 2, 0}, {"февр", 2, 0}, {"мар", 3, 0},
    {"апр", 4, 0}, {"авг", 8, 0}, {"сен", 9, 0}, {"сент", 9, 0}, {"окт", 10, 0}, {"ноя", 11, 0},
    {"нояб", 11, 0}, {"дек", 12, 0},
    // Kazakh, with case endings (ақпанда, қаңтардың).
    {"қаңтар", 1, 4}, {"ақпан", 2, 4}, {"наурыз", 3, 4}, {"сәуір", 4, 4}, {"мамыр", 5, 4}, {"маусым", 6, 4},
    {"шілде", 7, 4}, {"тамыз", 8, 4}, {"қыркүйек", 9, 4}, {"қазан", 10, 4}, {"қараша", 11, 4},
    {"желтоқсан", 12, 4},
    // Turkish (endings follow an apostrophe, a word of their own).
    {"ocak", 1, 0}, {"şubat", 2, 0}, {"mart", 3, 0}, {"nisan", 4, 0}, {"mayıs", 5, 0}, {"haziran", 6, 0},
    {"temmuz", 7, 0}, {"ağustos", 8, 0}, {"eylül", 9, 0}, {"ekim", 10, 0}, {"kasım", 11, 0}, {"aralık", 12, 0},
    // Arabic: the Egyptian and Gulf names, then the single-word Levantine ones.
    {"يناير", 1, 0}, {"فبراير", 2, 0}, {"مارس", 3, 0}, {"أبريل", 4, 0}, {"إبريل", 4, 0}, {"مايو", 5, 0},
    {"يونيو", 6, 0}, {"يونيه", 6, 0}, {"يوليو", 7, 0}, {"يوليه", 7, 0}, {"أغسطس", 8, 0}, {"سبتمبر", 9, 0},
    {"أكتوبر", 10, 0}, {"نوفمبر", 11, 0}, {"ديسمبر", 12, 0}, {"شباط", 2, 0}, {"آذار", 3, 0}, {"نيسان", 4, 0},
    {"أيار", 5, 0}, {"حزيران", 6, 0}, {"تموز", 7, 0}, {"آب", 8, 0}, {"أيلول", 9, 0},
};

struct NormalizedName {
    std::string name;
    size_t letters;
    int month;
    int ending_letters;
};

const std::vector<NormalizedName>& normalized_names() {
    static const std::vector<NormalizedName> names = [] {
        std::vector<NormalizedName> out;
        for (const MonthName& m : kMonthNames) {
            std::string name = normalize_for_matching(m.written, "");
            const size_t letters = count_code_points(name);
            out.push_back({std::move(name), letters, m.month, m.ending_letters});
        }
        return out;
    }();
    return names;
}

} // namespace

int month_of_word(std::string_view word) {
    const size_t letters = count_code_points(word);
    for (const NormalizedName& n : normalized_names()) {
        if (n.ending_letters < 0) {
            if (letters >= 3 && letters <= n.letters && n.name.compare(0, word.size(), word) == 0) return n.month;
        } else if (word.substr(0, n.name.size()) == n.name && letters <= n.letters + size_t(n.ending_letters)) {
            return n.month;
        }
    }
    return 0;
}

} // namespace synoptic
