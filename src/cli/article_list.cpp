#include "cli/article_list.h"

#include <cstdio>

#include "cli/article_files.h"

namespace synoptic::cli {

Result<std::vector<std::string>> parse_article_list(const std::vector<std::string>& args,
                                                    const FileCountRule& count_rule, const FlagReader& read_flag) {
    std::vector<std::string> files;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.empty() || arg[0] != '-' || arg == "-") {
            files.push_back(arg);
            continue;
        }
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            return args[++i];
        };
        if (!read_flag(arg, value)) return Error{};
    }
    if (std::optional<Error> count = count_rule(files.size())) return *count;
    if (std::optional<Error> twice = stdin_named_twice(files)) return *twice;
    return files;
}

int usage_error(const char* command, const Error& error, int (*usage)()) {
    if (!error.message.empty()) std::fprintf(stderr, "synoptic %s: %s\n", command, error.message.c_str());
    return usage();
}

} // namespace synoptic::cli
