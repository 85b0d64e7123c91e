#include "core/export/rows_pair.h"

namespace synoptic {

std::vector<Bead> beads_of_rows(const std::vector<AlignedRow>& rows, ColumnPair pair) {
    std::vector<Bead> beads;
    for (const AlignedRow& row : rows) {
        const std::vector<uint32_t>& a = row.sentences[pair.first];
        const std::vector<uint32_t>& b = row.sentences[pair.second];
        if (a.empty() && b.empty()) continue;
        beads.push_back({a, b, row.score});
    }
    return beads;
}

std::vector<Link> links_of_rows(const std::vector<AlignedRow>& rows, ColumnPair pair) {
    std::vector<Link> links;
    for (const AlignedRow& row : rows)
        for (uint32_t a : row.sentences[pair.first])
            for (uint32_t b : row.sentences[pair.second]) links.push_back({a, b, row.score});
    return links;
}

Alignment alignment_of_rows(const std::vector<AlignedRow>& rows, ColumnPair pair) {
    Alignment alignment;
    alignment.beads = beads_of_rows(rows, pair);
    alignment.links = links_of_rows(rows, pair);
    return alignment;
}

} // namespace synoptic
