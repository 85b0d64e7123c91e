// How large an article the reader takes. The page reads on its only thread:
// about 1.5 MB/s in wasm, so 12 MB (a 50,000-sentence book) is the most it
// takes before it would freeze for long. A session, which the page opens,
// holds articles of at most this size too.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/base/result.h"

namespace synoptic {

constexpr size_t kMaxArticleBytes = 12u << 20;

// The error for an article of `bytes` bytes named `name` when it is larger
// than kMaxArticleBytes; nothing when it fits.
std::optional<Error> check_article_size(std::string_view name, size_t bytes);

} // namespace synoptic
