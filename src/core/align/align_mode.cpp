#include "core/align/align_mode.h"

namespace synoptic {

const char* align_mode_name(AlignMode mode) {
    switch (mode) {
    case AlignMode::Parallel: return "parallel";
    case AlignMode::Comparable: return "comparable";
    case AlignMode::Auto: break;
    }
    return "auto";
}

std::optional<AlignMode> parse_align_mode(std::string_view name) {
    for (AlignMode mode : {AlignMode::Auto, AlignMode::Parallel, AlignMode::Comparable})
        if (name == align_mode_name(mode)) return mode;
    return std::nullopt;
}

} // namespace synoptic
