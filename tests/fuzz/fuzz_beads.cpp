// libFuzzer target: a gold alignment file (`synoptic align --gold FILE`):
// either beads or an error with a message, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/align/bead_score.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    synoptic::Result<std::vector<synoptic::Bead>> beads = synoptic::parse_beads(text);
    if (!beads && beads.error().message.empty()) std::abort();
    return 0;
}
