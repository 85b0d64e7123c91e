// synoptic find QUERY FILE... [--literal] [--count]: where the query stands
// in each file, across scripts (core/search/find.h). One line a match:
// file, sentence (counted from 0, as `segment` lists them), start and end
// in code points of the sentence, the matched text; tab-separated. --count
// prints one line a file instead: file and its number of matches.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "core/search/find_index.h"

namespace synoptic::cli {
namespace {

int usage() {
    std::fprintf(stderr, "usage: synoptic find QUERY FILE... [--literal] [--count]\n");
    return 2;
}

} // namespace

int run_find(const Args& args) {
    std::string query;
    bool have_query = false, count = false;
    std::vector<std::string> paths;
    FindOptions options;
    for (const std::string& arg : args) {
        if (arg == "--literal") options.across_scripts = false;
        else if (arg == "--count") count = true;
        else if (arg.size() > 1 && arg[0] == '-' && arg != "-") return usage();
        else if (!have_query) query = arg, have_query = true;
        else paths.push_back(arg);
    }
    if (!have_query || paths.empty()) return usage();
    if (auto twice = stdin_named_twice(paths)) {
        std::fprintf(stderr, "synoptic find: %s\n", twice->message.c_str());
        return 2;
    }
    const FindQuery prepared = prepare_find_query(query, options);
    for (const std::string& path : paths) {
        Result<Article> article = read_article_file(path);
        if (!article) {
            std::fprintf(stderr, "synoptic find: %s\n", article.error().message.c_str());
            return 1;
        }
        FindIndex index(*article);
        const std::vector<TextMatch> matches = index.find(prepared);
        if (count) {
            std::printf("%s\t%zu\n", path.c_str(), matches.size());
            continue;
        }
        for (const TextMatch& m : matches) {
            const std::string_view text = match_text(*article, m);
            std::printf("%s\t%u\t%u\t%u\t%.*s\n", path.c_str(), m.sentence, m.start, m.end,
                        static_cast<int>(text.size()), text.data());
        }
    }
    return 0;
}

} // namespace synoptic::cli
