#include "core/session/document_pair_export.h"

#include <vector>

#include "core/export/alignment_export.h"

namespace synoptic {

const char* pair_format_name(PairFormat format) { return format == PairFormat::Beads ? "beads" : "links"; }

std::optional<PairFormat> parse_pair_format(std::string_view name) {
    for (PairFormat format : {PairFormat::Beads, PairFormat::Links})
        if (name == pair_format_name(format)) return format;
    return std::nullopt;
}

std::optional<Error> check_column_pair(const DocumentState& state, ColumnPair pair) {
    const size_t columns = state.compared.size();
    for (size_t column : {pair.first, pair.second})
        if (column >= columns)
            return Error{"there is no column " + std::to_string(column + 1) + ": the session compares " +
                         std::to_string(columns) + " articles"};
    if (pair.first == pair.second)
        return Error{"columns " + std::to_string(pair.first + 1) + " and " + std::to_string(pair.second + 1) +
                     " are the same: name two different columns"};
    return std::nullopt;
}

Result<std::string> export_document_pair(const Document& document, PairFormat format, ColumnPair pair) {
    const DocumentState& state = document.state();
    if (state.compared.size() < kMinComparedArticles) return Error{"Compare two or more articles first."};
    if (std::optional<Error> bad = check_column_pair(state, pair)) return *bad;
    const Alignment alignment = alignment_of_rows(std::vector<AlignedRow>(state.rows.begin(), state.rows.end()), pair);
    // The writers `synoptic align` prints with: the same text, byte for byte.
    return format == PairFormat::Beads ? export_beads(alignment) : export_links(alignment);
}

} // namespace synoptic
