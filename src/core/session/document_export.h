// What the Export menu saves, and `synoptic export` prints: the document's
// rows as the reader shows them, edits included, in five formats. The facts
// of each row (the JSON, the text and the HTML reports) are worked out from
// these rows.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/session/document.h"

namespace synoptic {

enum class ExportFormat {
    Tsv,  // one line per row, one column per compared article, a header of names
    Tmx,  // TMX 1.4: one translation unit per row
    Json, // rows, their facts, the facts x articles matrix and conflicts
    Text, // the same as a plain-text report
    Html, // the same as a page to read and print, with no script (document_report.h)
};

// "tsv", "tmx", "json", "text", "html".
const char* export_format_name(ExportFormat format);
std::optional<ExportFormat> parse_export_format(std::string_view name);

struct ExportedFile {
    std::string file_name; // a name to offer when saving
    std::string mime_type;
    std::string content;
};

// Refused while fewer than two articles are compared.
Result<ExportedFile> export_document(const Document& document, ExportFormat format);

} // namespace synoptic
