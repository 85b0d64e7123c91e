// Dates as news pages print them, month names in every project language.
#include <catch2/catch.hpp>

#include "core/ingest/metadata_text.h"

using namespace synoptic;

TEST_CASE("dates with month names in en, ru, kk, tr and ar") {
    CHECK(find_date("February 6, 2026") == "2026-02-06");
    CHECK(find_date("18th, May 2024 GMT") == "2024-05-18");
    CHECK(find_date("7 Февраля 2026, 10:15") == "2026-02-07");
    CHECK(find_date("7 февраля 2026 года в Маскате") == "2026-02-07");
    CHECK(find_date("2026 жылғы 7 ақпан") == "2026-02-07");
    CHECK(find_date("7 Şubat 2026 Cumartesi") == "2026-02-07");
    CHECK(find_date("السبت ٧ فبراير ٢٠٢٦") == "2026-02-07");
    CHECK(find_date("7 شباط 2026") == "2026-02-07");
}

TEST_CASE("words that only begin like a month are no date") {
    CHECK(find_date("Market 6, 2026") == "");
    CHECK(find_date("Mayor 6, 2026") == "");
    CHECK(find_date("7 мартовских 2026") == "");
}
