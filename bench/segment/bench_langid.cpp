// bench_langid REPO_ROOT [SET.tsv]: language identification accuracy per
// language and the confusion matrix, on paragraphs whose language is known:
// the seeds' paragraphs (kk, ru, tr, ar; the English tweets in the Kazakh
// seed as en) and, when given, a set of real sentences per language built by
// make_langid_set.py from the machine's message catalogs.
#include <cstdio>
#include <string>
#include <vector>

#include "bench/support/bench_files.h"
#include "core/ingest/read_article.h"
#include "core/langid/language_identifier.h"
#include "langid_scores.h"
#include "tests/support/seed_languages.h"

using namespace synoptic;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_langid REPO_ROOT [SET.tsv]\n");
        return 2;
    }
    const std::string seeds = bench::seed_dir(argv[1]);
    std::vector<bench::LanguageSample> samples;
    for (const auto& [name, language] : test::seed_languages) {
        Result<Article> a = read_article(bench::read_file(seeds + name), {});
        if (!a) continue;
        for (const Paragraph& p : a->paragraphs) {
            const std::string text(a->slice(p.span));
            samples.push_back({test::is_english_tweet(text) ? "en" : language, text});
        }
    }
    const size_t seed_samples = samples.size();
    if (argc > 2)
        for (bench::LanguageSample& s : bench::read_langid_set(argv[2])) samples.push_back(std::move(s));
    bench::LanguageConfusion scores;
    std::vector<std::string> seed_errors;
    for (size_t i = 0; i < samples.size(); ++i) {
        const bench::LanguageSample& s = samples[i];
        const LanguageGuess g = identify_language(s.text);
        scores.add(s.language, g.language);
        if (g.language != s.language && i < seed_samples)
            seed_errors.push_back(s.language + " -> " + g.language + ": " + s.text.substr(0, 80));
    }
    std::printf("language identification: %zu paragraphs (%zu from the seeds)\n", samples.size(), seed_samples);
    scores.print();
    for (const std::string& e : seed_errors) std::printf("  seed error %s\n", e.c_str());
    if (argc > 3) // print every error of one language for inspection
        for (const bench::LanguageSample& s : samples)
            if (s.language == argv[3]) {
                const LanguageGuess g = identify_language(s.text);
                if (g.language != s.language) std::printf("  %s -> %s (%.2f): %s\n", s.language.c_str(), g.language.c_str(), g.confidence, s.text.c_str());
            }
    return 0;
}
