// Every row of tests/data/evidence/phrasings.tsv: real number and date
// phrasings in kk, ru, tr, ar, en and the anchors they must yield.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/features/sentence_features.h"
#include "support/test_files.h"

using namespace synoptic;

TEST_CASE("Every number and date phrasing of the table yields its anchors") {
    std::istringstream table(test::read_file(test::data_path("evidence/phrasings.tsv")));
    std::string line;
    int rows = 0;
    while (std::getline(table, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string lang, phrase, expected;
        std::getline(fields, lang, '\t');
        std::getline(fields, phrase, '\t');
        std::getline(fields, expected);
        SentenceFeatures f = extract_text_features(phrase, lang);
        std::string found;
        for (const Anchor& a : f.anchors) found += std::string(anchor_kind_name(a.kind)) + "=" + a.key + " ; ";
        std::istringstream wants(expected);
        std::string want;
        while (std::getline(wants, want, ';')) {
            while (!want.empty() && want.front() == ' ') want.erase(0, 1);
            while (!want.empty() && want.back() == ' ') want.pop_back();
            INFO(lang << " | " << phrase << " | found: " << found);
            CHECK(found.find(want + " ;") != std::string::npos);
        }
        ++rows;
    }
    CHECK(rows >= 40);
}
