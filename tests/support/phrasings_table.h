// The rows of tests/data/evidence/phrasings.tsv, read the same way by the
// test that requires every row to pass (tests/core/features) and the
// benchmark that prints them (bench/evidence/bench_phrasings).
#pragma once
#include <sstream>
#include <string>
#include <vector>

namespace synoptic::test {

struct PhrasingRow {
    std::string language;
    std::string phrase;
    std::vector<std::string> expected_anchors; // "kind=key", e.g. "date=02-06"
};

// `tsv`: "lang<TAB>phrase<TAB>anchors", anchors separated by ';' and trimmed
// of spaces; blank lines and lines starting with '#' are skipped.
inline std::vector<PhrasingRow> parse_phrasings(const std::string& tsv) {
    std::vector<PhrasingRow> rows;
    std::istringstream table(tsv);
    std::string line;
    while (std::getline(table, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        PhrasingRow row;
        std::string expected;
        std::getline(fields, row.language, '\t');
        std::getline(fields, row.phrase, '\t');
        std::getline(fields, expected);
        std::istringstream wants(expected);
        std::string want;
        while (std::getline(wants, want, ';')) {
            while (!want.empty() && want.front() == ' ') want.erase(0, 1);
            while (!want.empty() && want.back() == ' ') want.pop_back();
            row.expected_anchors.push_back(want);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace synoptic::test
