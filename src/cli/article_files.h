// Reading an article from a file path, for every subcommand: the bytes, then
// the core's read_article with the file name as a format hint.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/ingest/article.h"
#include "core/ingest/read_article.h"

namespace synoptic::cli {

// "-" reads standard input.
Result<std::string> read_file_bytes(const std::string& path);

// Standard input can be read only once: the error to give when `paths`
// name "-" more than once; nothing when they do not.
std::optional<Error> stdin_named_twice(const std::vector<std::string>& paths);
Result<Article> read_article_file(const std::string& path, const std::string& language = "",
                                  InputFormat format = InputFormat::Auto);

} // namespace synoptic::cli
