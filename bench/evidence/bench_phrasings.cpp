// Number and date phrasings per language (tests/data/evidence/phrasings.tsv):
// prints each row with the anchors found and whether every expected anchor
// is among them, then the pass count per language.
// Run: bench_phrasings REPO_ROOT
#include <cstdio>
#include <map>
#include <sstream>

#include "bench/evidence/evidence_data.h"
#include "core/features/sentence_features.h"

using namespace synoptic;

int main(int argc, char** argv) {
    std::string root = argc > 1 ? argv[1] : ".";
    std::istringstream table(bench::read_file(root + "/tests/data/evidence/phrasings.tsv"));
    std::map<std::string, std::pair<int, int>> per_language;
    std::string line;
    while (std::getline(table, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string lang, phrase, expected;
        std::getline(fields, lang, '\t');
        std::getline(fields, phrase, '\t');
        std::getline(fields, expected);
        SentenceFeatures f = extract_text_features(phrase, lang);
        std::string found;
        for (const Anchor& a : f.anchors)
            if (a.kind == AnchorKind::Number || a.kind == AnchorKind::Date)
                found += std::string(anchor_kind_name(a.kind)) + "=" + a.key + " ; ";
        bool ok = true;
        std::istringstream wants(expected);
        std::string want;
        while (std::getline(wants, want, ';')) {
            while (!want.empty() && want.front() == ' ') want.erase(0, 1);
            while (!want.empty() && want.back() == ' ') want.pop_back();
            ok = ok && found.find(want + " ;") != std::string::npos;
        }
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
