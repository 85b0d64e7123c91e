// Every row of tests/data/evidence/phrasings.tsv: real number and date
// phrasings in kk, ru, tr, ar, en and the anchors they must yield.
#include <catch2/catch.hpp>

#include "core/features/sentence_features.h"
#include "support/phrasings_table.h"
#include "support/test_files.h"

using namespace synoptic;

TEST_CASE("Every number and date phrasing of the table yields its anchors") {
    const std::vector<test::PhrasingRow> rows = test::parse_phrasings(test::read_file(test::data_path("evidence/phrasings.tsv")));
    for (const test::PhrasingRow& row : rows) {
        SentenceFeatures f = extract_text_features(row.phrase, row.language);
        std::string found;
        for (const Anchor& a : f.anchors) found += std::string(anchor_kind_name(a.kind)) + "=" + a.key + " ; ";
        for (const std::string& want : row.expected_anchors) {
            INFO(row.language << " | " << row.phrase << " | found: " << found);
            CHECK(found.find(want + " ;") != std::string::npos);
        }
    }
    CHECK(rows.size() >= 40);
}
