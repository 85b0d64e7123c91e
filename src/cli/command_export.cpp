// synoptic export SESSION [--format tsv|tmx|json|text|html|beads|links] [--pair I,J]:
// what the page's Export menu saves for a session file, from its rows (edits
// included), and html, the same as a page to read and print; beads and
// links, in the formats `synoptic align` prints, are read off the same rows
// for two of the compared articles (columns I and J, from 1; 1,2 unless told).
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "cli/article_files.h"
#include "cli/article_list.h"
#include "cli/commands.h"
#include "core/session/alignment_job.h"
#include "core/session/document_export.h"
#include "core/session/document_pair_export.h"
#include "core/session/session_file.h"

namespace synoptic::cli {
namespace {

int usage() {
    std::fprintf(stderr, "usage: synoptic export SESSION [--format tsv|tmx|json|text|html|beads|links] [--pair I,J]\n");
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

// A column number as a reader counts them: 1 or more, digits only.
std::optional<size_t> column_number(std::string_view text) {
    size_t number = 0;
    const char* end = text.data() + text.size();
    auto [stop, problem] = std::from_chars(text.data(), end, number);
    if (problem != std::errc() || stop != end || text.empty() || number == 0) return std::nullopt;
    return number;
}

// "I,J" (from 1) as the columns of the rows (from 0).
Result<ColumnPair> parse_column_pair(const std::string& text) {
    const size_t comma = text.find(',');
    const std::optional<size_t> first = column_number(std::string_view(text).substr(0, comma));
    const std::optional<size_t> second =
        comma == std::string::npos ? std::nullopt : column_number(std::string_view(text).substr(comma + 1));
    if (!first || !second)
        return Error{"--pair takes two column numbers from 1, as in --pair 1,2 (not '" + text + "')"};
    return ColumnPair{*first - 1, *second - 1};
}

} // namespace

int run_export(const Args& args) {
    // The page's formats write every column; beads and links write a pair.
    std::variant<ExportFormat, PairFormat> format = ExportFormat::Text;
    std::optional<std::string> pair_text;
    auto read_flag = [&](const std::string& flag, const auto& value) {
        if (flag != "--format" && flag != "--pair") return false;
        std::optional<std::string> word = value();
        if (!word) return false;
        if (flag == "--pair") {
            pair_text = *word;
            return true;
        }
        if (std::optional<ExportFormat> rows = parse_export_format(*word)) format = *rows;
        else if (std::optional<PairFormat> pair = parse_pair_format(*word)) format = *pair;
        else return false;
        return true;
    };
    Result<std::vector<std::string>> files = parse_article_list(args, one_session_file, read_flag);
    if (!files) return usage_error("export", files.error(), usage);
    const std::string& path = files->front();

    ColumnPair pair;
    if (pair_text) {
        if (!std::holds_alternative<PairFormat>(format))
            return usage_error("export", Error{"--pair is for --format beads or links"}, usage);
        Result<ColumnPair> parsed = parse_column_pair(*pair_text);
        if (!parsed) return usage_error("export", parsed.error(), usage);
        pair = *parsed;
    }

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

    if (const PairFormat* pair_format = std::get_if<PairFormat>(&format)) {
        // A pair the session does not have is a wrong argument, not a damaged file.
        if (std::optional<Error> bad = check_column_pair(document->state(), pair);
            bad && document->state().compared.size() >= kMinComparedArticles)
            return usage_error("export", Error{"--pair " + std::to_string(pair.first + 1) + "," +
                                               std::to_string(pair.second + 1) + ": " + bad->message},
                               usage);
        Result<std::string> text = export_document_pair(*document, *pair_format, pair);
        if (!text) return refuse(path + ": " + text.error().message);
        std::fwrite(text->data(), 1, text->size(), stdout);
        return 0;
    }
    Result<ExportedFile> file = export_document(*document, std::get<ExportFormat>(format));
    if (!file) return refuse(path + ": " + file.error().message);
    std::fwrite(file->content.data(), 1, file->content.size(), stdout);
    return 0;
}

} // namespace synoptic::cli
