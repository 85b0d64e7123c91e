// Subcommands whose engine has not landed yet say so plainly (exit 2) rather
// than print anything that could pass for a result. Each moves to its own
// file when its engine lands.
#include <cstdio>

#include "cli/commands.h"

namespace synoptic::cli {

static int not_yet(const char* name) {
    std::fprintf(stderr, "synoptic %s: not available in this build yet\n", name);
    return 2;
}


} // namespace synoptic::cli
