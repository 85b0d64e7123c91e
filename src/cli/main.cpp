// synoptic: the native command-line tool over the same core as the page.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"

namespace {

struct Command {
    const char* name;
    int (*run)(const synoptic::cli::Args&);
    const char* usage;
};

const Command kCommands[] = {
    {"segment", synoptic::cli::run_segment, "segment FILE [--lang xx] [--format text|json]"},
    {"features", synoptic::cli::run_features, "features FILE [--lang xx]"},
    {"similarity", synoptic::cli::run_similarity, "similarity A B"},
    {"align", synoptic::cli::run_align,
     "align A B [--presegmented] [--mode auto|parallel|comparable] [--format beads|links|tsv|json|tmx]"},
    {"compare", synoptic::cli::run_compare, "compare A B [C ...] [--format text|json]"},
    {"demo", synoptic::cli::run_demo, "demo A B   (two articles side by side on the terminal)"},
    {"session", synoptic::cli::run_session,
     "session A B [C ...] [--mode auto|parallel|comparable]   (a session file, compared and aligned)"},
    {"export", synoptic::cli::run_export,
     "export SESSION [--format tsv|tmx|json|text|html|beads|links] [--pair I,J]   (beads, links: columns I and J)"},
    {"find", synoptic::cli::run_find,
     "find QUERY FILE... [--literal] [--count]   (matches across scripts: file, sentence, start, end, text)"},
};

int usage(FILE* out) {
    std::fprintf(out, "usage: synoptic COMMAND ...\n\ncommands:\n");
    for (const Command& c : kCommands) std::fprintf(out, "  synoptic %s\n", c.usage);
    return out == stdout ? 0 : 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage(stderr);
    if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) return usage(stdout);
    if (!std::strcmp(argv[1], "--version")) {
        std::printf("synoptic %s\n", SYNOPTIC_VERSION);
        return 0;
    }
    for (const Command& c : kCommands) {
        if (std::strcmp(argv[1], c.name) != 0) continue;
        synoptic::cli::Args args(argv + 2, argv + argc);
        return c.run(args);
    }
    std::fprintf(stderr, "synoptic: unknown command '%s'\n", argv[1]);
    return usage(stderr);
}
