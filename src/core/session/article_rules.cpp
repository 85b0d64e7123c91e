#include "core/session/article_rules.h"

#include <algorithm>

#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace synoptic {

Result<std::string> clean_article_name(std::string_view name) {
    std::string clean = collapse_whitespace(repair_utf8(name).text);
    if (clean.empty()) return Error{"An article needs a name."};
    return clean;
}

std::optional<Error> check_language_code(std::string_view language) {
    const bool letters = std::all_of(language.begin(), language.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (language.empty() || (letters && language.size() >= 2 && language.size() <= 3)) return std::nullopt;
    return Error{"\"" + repair_utf8(language).text +
                 "\" is not a language code: give two or three small letters (kk, ru, tr, ar, en…), or none to "
                 "identify the language from the text."};
}

} // namespace synoptic
