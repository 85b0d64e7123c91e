// synoptic export SESSION [--format tsv|tmx|json|text]: what the page's
// Export menu saves for a session file, from its rows (edits included).
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/article_list.h"
#include "cli/commands.h"
#include "core/session/alignment_job.h"
#include "core/session/document_export.h"
#include "core/session/session_file.h"

namespace synoptic::cli {
namespace {

int usage() {
    std::fprintf(stderr, "usage: synoptic export SESSION [--format tsv|tmx|json|text]\n");
    return 2;
}

int refuse(const std::string& message) {
    std::fprintf(stderr, "synoptic export: %s\n", message.c_str());
    return 1;
}

// A session is one file; saying so adds nothing to the usage.
std::optional<Error> one_session_file(size_t count) {
    if (count == 1) return std::nullopt;
    return Error{};
}

} // namespace

int run_export(const Args& args) {
    ExportFormat format = ExportFormat::Text;
    auto read_flag = [&](const std::string& flag, const auto& value) {
        if (flag != "--format") return false;
        std::optional<std::string> name = value();
        std::optional<ExportFormat> parsed = name ? parse_export_format(*name) : std::nullopt;
        if (parsed) format = *parsed;
        return parsed.has_value();
    };
    Result<std::vector<std::string>> files = parse_article_list(args, one_session_file, read_flag);
    if (!files) return usage_error("export", files.error(), usage);
    const std::string& path = files->front();

    Result<std::string> bytes = read_file_bytes(path);
    if (!bytes) return refuse("cannot read " + bytes.error().message);
    Result<Document> document = read_session(*bytes);
    if (!document) return refuse(path + ": " + document.error().message);
    // A session saved while an alignment was due: the page aligns it on
    // opening, so its export is that of the aligned rows.
    if (document->state().needs_alignment) {
        Result<Applied> aligned = document->apply(run_alignment_job(alignment_job(*document)));
        if (!aligned) return refuse(path + ": " + aligned.error().message);
    }
    Result<ExportedFile> file = export_document(*document, format);
    if (!file) return refuse(path + ": " + file.error().message);
    std::fwrite(file->content.data(), 1, file->content.size(), stdout);
    return 0;
}

} // namespace synoptic::cli
