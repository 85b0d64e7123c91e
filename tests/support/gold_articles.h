// One side of the hand-made Kazinform gold (tests/data/gold/kazinform-kk-ru:
// kk.txt or ru.txt, one sentence a line) as an article, optionally with one
// phrase altered (`from` replaced by `to`) to plant a difference.
#pragma once
#include <catch2/catch.hpp>

#include <string>

#include "core/align/presegmented_article.h"
#include "support/test_files.h"

namespace synoptic::test {

inline Article gold_side(const std::string& file, const std::string& from = "", const std::string& to = "") {
    std::string text = read_file(data_path("gold/kazinform-kk-ru/" + file));
    if (!from.empty()) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }
    return presegmented_article(text, file);
}

} // namespace synoptic::test
