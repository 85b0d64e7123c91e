// What an article's name and language may be, whether they come from a
// command or a session file: a name on one line in valid UTF-8 (a file name
// from a disk may be neither) that can be shown, exported and saved as it
// is; a language code of two or three small letters, or none.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace synoptic {

// The name made readable (broken UTF-8 replaced, line breaks and runs of
// spaces made one space, ends trimmed); an error when nothing is left.
Result<std::string> clean_article_name(std::string_view name);

// "" (identify the language from the text), or "kk", "ru", "tr", ...
std::optional<Error> check_language_code(std::string_view language);

} // namespace synoptic
