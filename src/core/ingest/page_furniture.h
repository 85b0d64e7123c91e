// Lines a news page prints around its article that are not the article:
// when it was published and how often it was read ("7 Февраля 2026, 10:15
// 1 245", "2026 жылғы 7 ақпан | 10:15 | 1 245 қаралым", "Yayınlanma: 7 Şubat
// 2026 Cumartesi 10:15", "السبت 7 فبراير 2026 - 10:15", "Feb 7, 2026 10:15
// AM · 1,245 views").
#pragma once
#include <string_view>

namespace synoptic {

// True when `line` holds a date or a time and nothing else but numbers
// (counters), punctuation and symbols (icons), and the words of a dateline:
// month and weekday names, "года"/"жылғы"/"yılı", "published", "views" and
// their kin in kk, ru, tr, ar and en. One other word makes it article text
// ("7 февраля 2026 года в Маскате прошли переговоры").
bool is_dateline_furniture(std::string_view line);

} // namespace synoptic
