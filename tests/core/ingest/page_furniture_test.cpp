// Datelines and counters of news pages in the project's languages are page
// furniture; sentences that begin with a date are not.
#include <catch2/catch.hpp>

#include "core/ingest/page_furniture.h"

using namespace synoptic;

TEST_CASE("a line of only a date, a time and counters is page furniture") {
    CHECK(is_dateline_furniture("7 Февраля 2026, 10:15 1 245"));
    CHECK(is_dateline_furniture("Обновлено: 7 февраля 2026, 12:40"));
    CHECK(is_dateline_furniture("07.02.2026 | 10:15 | 👁 1245 просмотров"));
    CHECK(is_dateline_furniture("2026 жылғы 7 ақпан, 10:15 · 1 245 қаралым"));
    CHECK(is_dateline_furniture("Yayınlanma: 7 Şubat 2026 Cumartesi 10:15 — 1.245 okunma"));
    CHECK(is_dateline_furniture("السبت 7 فبراير 2026 - 10:15 ص"));
    CHECK(is_dateline_furniture("Feb 7, 2026 10:15 AM · 1,245 views"));
    CHECK(is_dateline_furniture("18th, May 2024 GMT"));
}

TEST_CASE("sentences that begin with a date, and counters without a date, are article text") {
    CHECK_FALSE(is_dateline_furniture("7 февраля 2026 года в Маскате прошли переговоры."));
    CHECK_FALSE(is_dateline_furniture("2026 жылғы 7 ақпанда Маскатта келіссөз өтті."));
    CHECK_FALSE(is_dateline_furniture("7 Şubat 2026'da Maskat'ta görüşmeler yapıldı."));
    CHECK_FALSE(is_dateline_furniture("في 7 فبراير 2026 عقدت المحادثات في مسقط."));
    CHECK_FALSE(is_dateline_furniture("On February 7, 2026 the talks ended."));
    CHECK_FALSE(is_dateline_furniture("1 245"));
    CHECK_FALSE(is_dateline_furniture("Просмотров: 1 245"));
}
