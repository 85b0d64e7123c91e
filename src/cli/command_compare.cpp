// synoptic compare A B [C ...] [--format text|json] [--presegmented] [--mode auto|parallel|comparable]
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "core/align/align_mode.h"
#include "core/align/presegmented_article.h"
#include "core/compare/comparison.h"
#include "core/export/comparison_export.h"
#include "core/ingest/read_article.h"

namespace synoptic::cli {
namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: synoptic compare A B [C ... up to %zu] [--format text|json] [--presegmented]\n"
                 "                        [--mode auto|parallel|comparable]\n",
                 kMaxComparedArticles);
    return 2;
}

} // namespace

int run_compare(const Args& args) {
    std::vector<std::string> files;
    std::string format = "text";
    bool presegmented = false;
    CompareOptions options;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--format" && i + 1 < args.size()) {
            format = args[++i];
            if (format != "text" && format != "json") return usage();
        } else if (arg == "--presegmented") {
            presegmented = true;
        } else if (arg == "--mode" && i + 1 < args.size()) {
            auto mode = parse_align_mode(args[++i]);
            if (!mode) return usage();
            options.align.pair.mode = *mode;
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return usage();
        } else {
            files.push_back(arg);
        }
    }
    for (const auto& problem : {check_compared_count(files.size()), stdin_named_twice(files)}) {
        if (!problem) continue;
        std::fprintf(stderr, "synoptic compare: %s\n", problem->message.c_str());
        return usage();
    }

    std::vector<Article> articles;
    for (const std::string& path : files) {
        Result<std::string> bytes = read_file_bytes(path);
        if (!bytes) {
            std::fprintf(stderr, "synoptic compare: cannot read %s\n", bytes.error().message.c_str());
            return 1;
        }
        if (presegmented) {
            Result<Article> article = read_presegmented_article(*bytes, path);
            if (!article) {
                std::fprintf(stderr, "synoptic compare: %s: %s\n", path.c_str(), article.error().message.c_str());
                return 1;
            }
            articles.push_back(std::move(article).value());
            continue;
        }
        ReadOptions read_options;
        read_options.name = path;
        auto article = read_article(*bytes, read_options);
        if (!article) {
            std::fprintf(stderr, "synoptic compare: %s: %s\n", path.c_str(), article.error().message.c_str());
            return 1;
        }
        articles.push_back(std::move(article).value());
    }
    Comparison comparison = compare_articles(articles, options);
    const std::string out = format == "json" ? comparison_json(articles, comparison) : comparison_text(articles, comparison);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace synoptic::cli
