#include "core/compare/fact_anchors.h"

namespace synoptic {

bool names_written_together(std::string_view text, ByteSpan first, ByteSpan second) {
    if (second.begin <= first.end || second.begin > text.size()) return false;
    const std::string_view gap = text.substr(first.end, second.begin - first.end);
    for (char c : gap)
        if (c != ' ') return false;
    return true;
}

} // namespace synoptic
