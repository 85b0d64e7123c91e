// A seed article (assets/demo) read as the page and the CLI read it.
#pragma once
#include <catch2/catch.hpp>

#include <string>

#include "core/ingest/read_article.h"
#include "support/test_files.h"

namespace synoptic::test {

inline Article read_seed(const std::string& file) {
    Result<Article> read = read_article(read_file(seed_path(file)));
    REQUIRE(read.ok());
    return std::move(read).value();
}

} // namespace synoptic::test
