#include "cli/article_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace synoptic::cli {

Result<std::string> read_file_bytes(const std::string& path) {
    if (path == "-") {
        std::ostringstream bytes;
        bytes << std::cin.rdbuf();
        return bytes.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": " + std::strerror(errno)};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::optional<Error> stdin_named_twice(const std::vector<std::string>& paths) {
    if (std::count(paths.begin(), paths.end(), "-") < 2) return std::nullopt;
    return Error{"standard input (-) can be read only once: name it for one article at most"};
}

Result<Article> read_article_file(const std::string& path, const std::string& language,
                                  InputFormat format) {
    Result<std::string> bytes = read_file_bytes(path);
    if (!bytes) return bytes.error();
    ReadOptions options;
    options.name = path.substr(path.find_last_of('/') + 1);
    options.language = language;
    options.format = format;
    Result<Article> article = read_article(*bytes, options);
    if (!article) return Error{path + ": " + article.error().message};
    article->name = options.name;
    return article;
}

} // namespace synoptic::cli
