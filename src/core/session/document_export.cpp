#include "core/session/document_export.h"

#include "core/compare/comparison.h"
#include "core/export/comparison_export.h"
#include "core/export/rows_export.h"
#include "core/session/document_columns.h"
#include "core/session/document_report.h"

namespace synoptic {
namespace {

constexpr ExportFormat kFormats[] = {ExportFormat::Tsv, ExportFormat::Tmx, ExportFormat::Json, ExportFormat::Text,
                                     ExportFormat::Html};

} // namespace

const char* export_format_name(ExportFormat format) {
    switch (format) {
    case ExportFormat::Tsv: return "tsv";
    case ExportFormat::Tmx: return "tmx";
    case ExportFormat::Json: return "json";
    case ExportFormat::Text: return "text";
    case ExportFormat::Html: return "html";
    }
    return "text";
}

std::optional<ExportFormat> parse_export_format(std::string_view name) {
    for (ExportFormat format : kFormats)
        if (name == export_format_name(format)) return format;
    return std::nullopt;
}

Result<ExportedFile> export_document(const Document& document, ExportFormat format) {
    const DocumentState& state = document.state();
    if (state.compared.size() < kMinComparedArticles) return Error{"Compare two or more articles first."};
    const std::vector<Article> columns = named_columns(state);
    switch (format) {
    case ExportFormat::Tsv:
        return ExportedFile{"synoptic-comparison.tsv", "text/tab-separated-values;charset=utf-8",
                            rows_tsv(columns, aligned_rows(state.rows))};
    case ExportFormat::Tmx:
        return ExportedFile{"synoptic-comparison.tmx", "application/x-tmx+xml",
                            rows_tmx(columns, aligned_rows(state.rows))};
    case ExportFormat::Json:
        return ExportedFile{"synoptic-comparison.json", "application/json",
                            comparison_json(columns, comparison_of_rows(state, columns))};
    case ExportFormat::Text:
        return ExportedFile{"synoptic-comparison.txt", "text/plain;charset=utf-8",
                            comparison_text(columns, comparison_of_rows(state, columns))};
    case ExportFormat::Html:
        return ExportedFile{"synoptic-report.html", "text/html",
                            document_report_html(state, columns, comparison_of_rows(state, columns))};
    }
    return Error{"Unknown export format."};
}

} // namespace synoptic
