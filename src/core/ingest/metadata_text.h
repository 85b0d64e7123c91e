// Metadata written as text in an article: publication dates in the forms
// news sites print them, and "Source: X" lines in several languages.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// An ISO date (YYYY-MM-DD) for "2026-02-07", "07.02.2026 00:06",
// "February 6, 2026", "18th, May 2024 GMT", "2026-02-07T10:00:00Z", and
// month names in ru, kk, tr and ar ("7 Февраля 2026", "2026 жылғы 7 ақпан",
// "7 Şubat 2026", "7 فبراير 2026") found in `text`; empty when none is there.
std::string find_date(std::string_view text);

// The value of a "Source: AA" line ("Kaynak:", "Источник:", "Дереккөз:",
// "المصدر:"); empty when the line is not one.
std::string source_from_line(std::string_view line);

// "РУ", "KZ", "ҚАЗ", "EN": a short all-capitals tag standing for a language.
bool is_language_tag(std::string_view text);

// ISO 639-1 code for a tag such as "РУ" or "ҚАЗ"; empty when unknown.
std::string language_of_tag(std::string_view tag);

} // namespace synoptic
