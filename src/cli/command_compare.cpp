// synoptic compare A B [C ...] [--format text|json] [--presegmented] [--mode auto|parallel|comparable]
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/article_list.h"
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
    std::string format = "text";
    bool presegmented = false;
    CompareOptions options;
    auto read_flag = [&](const std::string& flag, const auto& value) {
        if (flag == "--presegmented") return presegmented = true;
        if (flag == "--format") {
            std::optional<std::string> name = value();
            if (!name || (*name != "text" && *name != "json")) return false;
            format = *name;
            return true;
        }
        if (flag == "--mode") {
            std::optional<std::string> name = value();
            std::optional<AlignMode> mode = name ? parse_align_mode(*name) : std::nullopt;
            if (mode) options.align.pair.mode = *mode;
            return mode.has_value();
        }
        return false;
    };
    Result<std::vector<std::string>> files = parse_article_list(args, check_compared_count, read_flag);
    if (!files) return usage_error("compare", files.error(), usage);

    std::vector<Article> articles;
    for (const std::string& path : *files) {
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
