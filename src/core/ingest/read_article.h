// The one entry from bytes to a segmented Article: decode, pick a reader by
// format, extract metadata and paragraphs, identify languages, cut sentences.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/ingest/article.h"

namespace synoptic {

struct ReadOptions {
    InputFormat format = InputFormat::Auto;
    std::string name;      // file name or label; also a hint for Auto (".html", ".md")
    std::string language;  // user override ("kk", "ru", ...); empty = identify
};

// Fails only when nothing readable is left (empty input, a binary file);
// repairs (invalid UTF-8, NUL bytes, control characters) become warnings.
Result<Article> read_article(std::string_view bytes, const ReadOptions& options = {});

// "auto", "text", "html", "markdown": how a session file names the reader of
// an article.
const char* input_format_name(InputFormat format);
std::optional<InputFormat> parse_input_format(std::string_view name);


} // namespace synoptic
