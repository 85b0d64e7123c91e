// The subcommands of the `synoptic` tool, one file each.
#pragma once
#include <string>
#include <vector>

namespace synoptic::cli {

using Args = std::vector<std::string>;

int run_segment(const Args& args);    // synoptic segment FILE [--lang xx] [--format text|json]
int run_features(const Args& args);   // synoptic features FILE
int run_similarity(const Args& args); // synoptic similarity A B
int run_align(const Args& args);      // synoptic align A B [--presegmented] [--mode ...] [--format ...]
int run_compare(const Args& args);    // synoptic compare A B C ... [--format text|json]
int run_demo(const Args& args);       // synoptic demo A B: two articles side by side on the terminal
int run_session(const Args& args);    // synoptic session A B C ... [--mode ...]: a session file, aligned
int run_export(const Args& args);     // synoptic export SESSION [--format tsv|tmx|json|text|html|beads|links] [--pair I,J]
int run_find(const Args& args);       // synoptic find QUERY FILE... [--literal] [--count]: matches across scripts

} // namespace synoptic::cli
