// Reading an article from a file path, for every subcommand: the bytes, then
// the core's read_article with the file name as a format hint.
#pragma once
#include <string>

#include "core/base/result.h"
#include "core/ingest/article.h"
#include "core/ingest/read_article.h"

namespace synoptic::cli {

// "-" reads standard input.
Result<std::string> read_file_bytes(const std::string& path);
Result<Article> read_article_file(const std::string& path, const std::string& language = "",
                                  InputFormat format = InputFormat::Auto);

} // namespace synoptic::cli
