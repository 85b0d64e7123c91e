#include "core/ingest/article_size.h"

#include <cstdio>
#include <string>

namespace synoptic {

std::optional<Error> check_article_size(std::string_view name, size_t bytes) {
    if (bytes <= kMaxArticleBytes) return std::nullopt;
    char message[200];
    std::snprintf(message, sizeof message,
                  "%.1f MB is more than the reader takes (%zu MB); split it, or compare it with the "
                  "command-line tool (synoptic compare), which has no limit",
                  double(bytes) / 1048576.0, kMaxArticleBytes >> 20);
    return Error{std::string(name) + ": " + message};
}

} // namespace synoptic
