// Reading a benchmark's input files (seeds, gold, tests/data), shared by the
// bench programs of every room. Header-only: a bench target adds the source
// root to its include path and includes "bench/support/bench_files.h".
#pragma once
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace synoptic::bench {

// The repository's own inputs, relative to its root: the seed articles (the
// page's demo library) and the hand-made Kazinform kk/ru gold alignment.
inline std::string seed_dir(const std::string& root) { return root + "/assets/demo/"; }
inline std::string kazinform_gold_dir(const std::string& root) { return root + "/tests/data/gold/kazinform-kk-ru/"; }

// The bytes of the file; "" when it cannot be opened, for benchmarks that
// skip (or report as empty) an input that is missing.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The bytes of the file, or "cannot open PATH" and exit status 1: for
// inputs without which the benchmark's figures would mean nothing.
inline std::string read_file_or_exit(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot open %s\n", path.c_str());
        std::exit(1);
    }
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace synoptic::bench
