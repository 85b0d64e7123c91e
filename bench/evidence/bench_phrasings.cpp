// Number and date phrasings per language (tests/data/evidence/phrasings.tsv):
// prints each row with the anchors found and whether every expected anchor
// is among them, then the pass count per language.
// Run: bench_phrasings REPO_ROOT
#include <cstdio>
#include <map>
#include <vector>

#include "bench/evidence/evidence_data.h"
#include "core/features/sentence_features.h"
#include "tests/support/phrasings_table.h"

using namespace synoptic;

int main(int argc, char** argv) {
    std::string root = argc > 1 ? argv[1] : ".";
    const std::vector<test::PhrasingRow> rows =
        test::parse_phrasings(bench::read_file(root + "/tests/data/evidence/phrasings.tsv"));
    std::map<std::string, std::pair<int, int>> per_language;
    for (const test::PhrasingRow& row : rows) {
        const std::string& lang = row.language;
        const std::string& phrase = row.phrase;
        SentenceFeatures f = extract_text_features(phrase, lang);
        std::string found;
        for (const Anchor& a : f.anchors)
            if (a.kind == AnchorKind::Number || a.kind == AnchorKind::Date)
                found += std::string(anchor_kind_name(a.kind)) + "=" + a.key + " ; ";
        bool ok = true;
        for (const std::string& want : row.expected_anchors) ok = ok && found.find(want + " ;") != std::string::npos;
        auto& [pass, total] = per_language[lang];
        pass += ok;
        ++total;
        std::printf("%s %s  %-60s -> %s\n", ok ? "ok  " : "FAIL", lang.c_str(), phrase.c_str(), found.c_str());
    }
    std::printf("phrasings passing per language:");
    for (const auto& [lang, counts] : per_language) std::printf("  %s %d/%d", lang.c_str(), counts.first, counts.second);
    std::printf("\n");
    return 0;
}
