// bench_langid REPO_ROOT [SET.tsv]: language identification accuracy per
// language and the confusion matrix, on paragraphs whose language is known:
// the seeds' paragraphs (kk, ru, tr, ar; the English tweets in the Kazakh
// seed as en) and, when given, a set of real sentences per language built by
// make_langid_set.py from the machine's message catalogs.
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "bench/support/bench_files.h"
#include "core/ingest/read_article.h"
#include "core/langid/language_identifier.h"

using namespace synoptic;

namespace {

struct Sample {
    std::string language, text;
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_langid REPO_ROOT [SET.tsv]\n");
        return 2;
    }
    const std::string shared = std::string(argv[1]) + "/../shared/seeds/";
    std::vector<Sample> samples;
    const std::pair<const char*, const char*> seeds[] = {{"000_84709defd8457a92.txt", "kk"},
                                                         {"001_e7239c642e9fa5fc.txt", "ru"},
                                                         {"002_970eac684697c81d.txt", "ru"},
                                                         {"003_292c7b092348037e.txt", "tr"},
                                                         {"004_ca88b99b49bb6e08.txt", "ar"}};
    for (const auto& [name, language] : seeds) {
        Result<Article> a = read_article(bench::read_file(shared + name), {});
        if (!a) continue;
        for (const Paragraph& p : a->paragraphs) {
            const std::string text(a->slice(p.span));
            // The embedded tweets of the Kazakh seed are English.
            const bool tweet = text.find("talks") != std::string::npos || text.find("It was useful") == 0;
            samples.push_back({tweet ? "en" : language, text});
        }
    }
    const size_t seed_samples = samples.size();
    if (argc > 2) {
        std::ifstream in(argv[2]);
        std::string line;
        while (std::getline(in, line)) {
            const size_t tab = line.find('\t');
            if (tab != std::string::npos) samples.push_back({line.substr(0, tab), line.substr(tab + 1)});
        }
    }
    std::map<std::string, std::map<std::string, size_t>> confusion;
    std::map<std::string, size_t> total, right;
    std::set<std::string> answers;
    std::vector<std::string> seed_errors;
    for (size_t i = 0; i < samples.size(); ++i) {
        const Sample& s = samples[i];
        const LanguageGuess g = identify_language(s.text);
        ++confusion[s.language][g.language];
        answers.insert(g.language);
        ++total[s.language];
        if (g.language == s.language) ++right[s.language];
        else if (i < seed_samples) seed_errors.push_back(s.language + " -> " + g.language + ": " + s.text.substr(0, 80));
    }
    std::printf("language identification: %zu paragraphs (%zu from the seeds)\n", samples.size(), seed_samples);
    std::printf("%-4s %6s %8s   confusions\n", "lang", "n", "accuracy");
    size_t all = 0, all_right = 0;
    for (const auto& [language, n] : total) {
        std::printf("%-4s %6zu %8.3f  ", language.c_str(), n, double(right[language]) / double(n));
        for (const auto& [answer, count] : confusion[language])
            if (answer != language) std::printf(" %s:%zu", answer.c_str(), count);
        std::printf("\n");
        all += n;
        all_right += right[language];
    }
    std::printf("all  %6zu %8.3f\n", all, double(all_right) / double(all));
    std::printf("kk vs ru: kk read as ru %zu of %zu, ru read as kk %zu of %zu\n", confusion["kk"]["ru"], total["kk"],
                confusion["ru"]["kk"], total["ru"]);
    for (const std::string& e : seed_errors) std::printf("  seed error %s\n", e.c_str());
    if (argc > 3) // print every error of one language for inspection
        for (const Sample& s : samples)
            if (s.language == argv[3]) {
                const LanguageGuess g = identify_language(s.text);
                if (g.language != s.language) std::printf("  %s -> %s (%.2f): %s\n", s.language.c_str(), g.language.c_str(), g.confidence, s.text.c_str());
            }
    return 0;
}
