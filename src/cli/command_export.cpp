// synoptic export SESSION [--format tsv|tmx|json|text]: what the page's
// Export menu saves for a session file, from its rows (edits included).
#include <cstdio>
#include <string>

#include "cli/article_files.h"
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

} // namespace

int run_export(const Args& args) {
    std::string path;
    ExportFormat format = ExportFormat::Text;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--format" && i + 1 < args.size()) {
            auto parsed = parse_export_format(args[++i]);
            if (!parsed) return usage();
            format = *parsed;
        } else if ((!arg.empty() && arg[0] == '-' && arg != "-") || !path.empty()) {
            return usage();
        } else {
            path = arg;
        }
    }
    if (path.empty()) return usage();

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
