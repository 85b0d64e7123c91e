#include "core/ingest/page_furniture.h"

#include <cctype>
#include <string>
#include <vector>

#include "core/ingest/metadata_text.h"
#include "core/ingest/month_names.h"
#include "core/text/normalize.h"
#include "core/text/tokenize.h"
#include "core/text/utf8.h"

namespace synoptic {

namespace {

// A dateline's words besides month names, as pages print them; a word of
// four letters or more also stands for its inflections (просмотров, görüntülenme).
const char* const kDatelineWords[] = {
    // Weekdays.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу",
    "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "يوم",
    // Today, yesterday.
    "today", "yesterday", "сегодня", "вчера", "бүгін", "кеше", "bugün", "dün", "اليوم", "أمس",
    // Year, hour and zone words: 2026 года, 2026 жылғы, 10:15 сағат, 10:15 AM, GMT.
    "года", "год", "г", "жылғы", "жылы", "жыл", "ж", "yılı", "yıl", "сағат", "сағ", "saat", "ч", "в", "at",
    "am", "pm", "gmt", "utc", "мск", "msk", "الساعة", "ص", "م", "بتوقيت", "غرينتش", "مكة",
    // Published, updated, date.
    "опубликовано", "обновлено", "дата", "публикации", "жарияланды", "жарияланған", "жаңартылды",
    "yayınlanma", "yayınlandı", "yayın", "güncelleme", "güncellendi", "tarihi", "published", "updated",
    "posted", "نشر", "النشر", "تحديث", "التحديث", "تاريخ", "آخر",
    // Counters: views, reads, comments.
    "просмотров", "просмотры", "прочтений", "комментариев", "комментарии", "қаралым", "қаралды", "көрілім",
    "пікір", "görüntülenme", "okunma", "yorum", "views", "reads", "comments", "مشاهدة", "مشاهدات", "تعليق",
    "تعليقات",
};

struct DatelineWord {
    std::string form;
    bool stands_for_inflections;
};

const std::vector<DatelineWord>& dateline_words() {
    static const std::vector<DatelineWord> words = [] {
        std::vector<DatelineWord> out;
        for (const char* w : kDatelineWords) {
            std::string form = normalize_for_matching(w, "");
            const bool stem = count_code_points(form) >= 4;
            out.push_back({std::move(form), stem});
        }
        return out;
    }();
    return words;
}

bool is_dateline_word(std::string_view word) {
    // Turkish endings follow an apostrophe: Şubat'ta, Cumartesi'den.
    word = word.substr(0, word.find('\''));
    // Digits glued to letters are one word: "18th", "10pm".
    while (!word.empty() && std::isdigit(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
    if (word == "th" || word == "st" || word == "nd" || word == "rd") return true;
    if (month_of_word(word)) return true;
    for (const DatelineWord& w : dateline_words())
        if (w.stands_for_inflections ? word.substr(0, w.form.size()) == w.form : word == w.form) return true;
    return false;
}

// "10:15", "9:05": a clock time in the (normalized) line.
bool has_clock_time(std::string_view normalized) {
    const auto digit = [&](size_t i) { return i < normalized.size() && std::isdigit(static_cast<unsigned char>(normalized[i])); };
    for (size_t colon = normalized.find(':'); colon != std::string_view::npos; colon = normalized.find(':', colon + 1))
        if (colon > 0 && digit(colon - 1) && digit(colon + 1) && digit(colon + 2) && !digit(colon + 3)) return true;
    return false;
}

} // namespace

bool is_dateline_furniture(std::string_view line) {
    // A dateline is short; a paragraph of this size is article text.
    if (line.size() > 200) return false;
    const std::string normalized = normalize_for_matching(line, "");
    if (!has_clock_time(normalized) && find_date(line).empty()) return false;
    for (const Token& token : tokenize_words(line, ""))
        if (token.kind == TokenKind::Word && !is_dateline_word(token.norm)) return false;
    return true;
}

} // namespace synoptic
