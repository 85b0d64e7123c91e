// The words after a command's name, read alike by `session`, `compare` and
// `export`: the files it reads (articles, or one session file) and its flags.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace synoptic::cli {

// Called for each flag: a word starting with '-' other than "-" itself
// (standard input, a file). `value` takes the next word as the flag's value
// (nothing when there is none). Returns false to refuse the flag: unknown,
// or its value missing or not one the command takes.
using FlagReader =
    std::function<bool(const std::string& flag, const std::function<std::optional<std::string>()>& value)>;

// Whether a command takes `count` files: nothing when it does, else the error
// to give (check_compared_count, multi_alignment.h, for articles).
using FileCountRule = std::function<std::optional<Error>(size_t count)>;

// The files in the order given, or an Error: a message saying what is wrong
// with the count (as `count_rule` says) or with standard input named twice;
// an empty message when a word does not fit the usage, which says it all.
Result<std::vector<std::string>> parse_article_list(const std::vector<std::string>& args,
                                                    const FileCountRule& count_rule, const FlagReader& read_flag);

// For a refused argument list: "synoptic COMMAND: MESSAGE" when the error has
// a message, then the command's usage; returns what the usage returns (2).
int usage_error(const char* command, const Error& error, int (*usage)());

} // namespace synoptic::cli
