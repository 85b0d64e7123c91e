// synoptic session A B [C ...] [--mode auto|parallel|comparable]: a session
// file of the articles, compared in that order and aligned, on standard
// output (what the page saves; `synoptic export` and the page open it).
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/article_list.h"
#include "cli/commands.h"
#include "core/align/align_mode.h"
#include "core/session/alignment_job.h"
#include "core/session/session_file.h"

namespace synoptic::cli {
namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: synoptic session A B [C ... up to %zu] [--mode auto|parallel|comparable] > story%s\n",
                 kMaxComparedArticles, kSessionFileSuffix);
    return 2;
}

int refuse(const std::string& message) {
    std::fprintf(stderr, "synoptic session: %s\n", message.c_str());
    return 1;
}

} // namespace

int run_session(const Args& args) {
    AlignMode mode = AlignMode::Auto;
    auto read_flag = [&](const std::string& flag, const auto& value) {
        if (flag != "--mode") return false;
        std::optional<std::string> name = value();
        std::optional<AlignMode> parsed = name ? parse_align_mode(*name) : std::nullopt;
        if (parsed) mode = *parsed;
        return parsed.has_value();
    };
    Result<std::vector<std::string>> files = parse_article_list(args, check_compared_count, read_flag);
    if (!files) return usage_error("session", files.error(), usage);

    std::vector<Command> commands;
    std::vector<ArticleId> compared;
    for (const std::string& path : *files) {
        Result<std::string> bytes = read_file_bytes(path);
        if (!bytes) return refuse("cannot read " + bytes.error().message);
        // A new document gives ids 1, 2, 3... in the order articles are added.
        compared.push_back(ArticleId{static_cast<uint32_t>(compared.size() + 1)});
        const std::string name = path == "-" ? "standard input" : path.substr(path.find_last_of('/') + 1);
        commands.push_back(AddArticle{name, std::move(*bytes), "", InputFormat::Auto});
    }
    commands.push_back(SetCompared{compared});
    if (mode != AlignMode::Auto) commands.push_back(SetMode{mode});

    Document document;
    Result<Applied> opened = document.apply_all(std::move(commands));
    if (!opened) return refuse(opened.error().message);
    Result<Applied> aligned = document.apply(run_alignment_job(alignment_job(document)));
    if (!aligned) return refuse(aligned.error().message);
    const std::string session = write_session(document);
    std::fwrite(session.data(), 1, session.size(), stdout);
    return 0;
}

} // namespace synoptic::cli
