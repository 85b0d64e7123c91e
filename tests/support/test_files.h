// Where tests find their inputs, all inside the repository: the seed
// articles (assets/demo, the demo library of the page) and tests/data
// (the hand-made gold alignment, hand segmentations, fixtures).
#pragma once
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace synoptic::test {

inline std::string seed_path(const std::string& file) { return std::string(SYNOPTIC_SEED_DIR) + "/" + file; }
inline std::string data_path(const std::string& relative) {
    return std::string(SYNOPTIC_TEST_DATA_DIR) + "/" + relative;
}
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open test file " + path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace synoptic::test
