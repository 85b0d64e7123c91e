// bench_segment REPO_ROOT [MEGABYTES]: prints sentence boundary precision,
// recall and F1 per language against the hand segmentations (Kazinform gold
// for kk/ru, tests/data/segment for tr/ar), then the throughput of
// read_article (decode + paragraphs + language identification + sentences)
// on a large concatenation of the seeds.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/support/bench_files.h"
#include "core/ingest/read_article.h"
#include "core/segment/boundary_score.h"

using namespace synoptic;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_segment REPO_ROOT [MEGABYTES]\n");
        return 2;
    }
    const std::string root = argv[1];
    const std::string seed_dir = bench::seed_dir(root);
    const std::string gold = bench::kazinform_gold_dir(root);
    const double megabytes = argc > 2 ? std::atof(argv[2]) : 20.0;

    struct Case {
        const char* language;
        std::string seed;
        std::string gold;
    };
    const std::vector<Case> cases = {
        {"kk", seed_dir + "000_84709defd8457a92.txt", gold + "kk.txt"},
        {"ru", seed_dir + "001_e7239c642e9fa5fc.txt", gold + "ru.txt"},
        {"ru2", seed_dir + "002_970eac684697c81d.txt", root + "/tests/data/segment/ru2.txt"},
        {"tr", seed_dir + "003_292c7b092348037e.txt", root + "/tests/data/segment/tr.txt"},
        {"en", root + "/tests/data/segment/en_input.txt", root + "/tests/data/segment/en.txt"},
        {"ar", seed_dir + "004_ca88b99b49bb6e08.txt", root + "/tests/data/segment/ar.txt"},
    };
    std::printf("sentence boundaries against hand segmentation\n");
    std::printf("%-4s %6s %6s %6s %9s %7s %7s\n", "lang", "gold", "pred", "right", "precision", "recall", "F1");
    for (const Case& c : cases) {
        const std::string bytes = bench::read_file_or_exit(c.seed);
        Result<Article> article = read_article(bytes, {});
        if (!article) {
            std::printf("%-4s error: %s\n", c.language, article.error().message.c_str());
            continue;
        }
        std::vector<std::string_view> predicted;
        for (size_t i = 0; i < article->sentences.size(); ++i) predicted.push_back(article->sentence_text(i));
        const std::string gold_text = bench::read_file_or_exit(c.gold);
        const std::vector<std::string_view> gold = lines_of(gold_text);
        const BoundaryScore s = score_boundaries(gold, predicted);
        std::printf("%-4s %6zu %6zu %6zu %9.3f %7.3f %7.3f%s\n", c.language, s.gold, s.predicted, s.correct,
                    s.precision(), s.recall(), s.f1(), s.same_text ? "" : "  (texts differ!)");
        for (const std::string& d : boundary_differences(gold, predicted)) std::printf("     %s\n", d.c_str());
    }

    // Throughput: the five seeds (their bodies, headers included once) repeated.
    std::string corpus;
    std::vector<std::string> seeds;
    for (const char* name : {"000_84709defd8457a92.txt", "001_e7239c642e9fa5fc.txt", "002_970eac684697c81d.txt",
                             "003_292c7b092348037e.txt", "004_ca88b99b49bb6e08.txt"})
        seeds.push_back(bench::read_file_or_exit(seed_dir + name));
    const size_t target = static_cast<size_t>(megabytes * 1024 * 1024);
    while (corpus.size() < target)
        for (const std::string& s : seeds) corpus += s + "\n\n";
    std::printf("\nthroughput of read_article on %.1f MB (the seeds repeated, kk/ru/ru/tr/ar)\n",
                double(corpus.size()) / (1024 * 1024));
    // One small run first so ICU's data and the break iterators are loaded.
    (void)read_article(seeds[0], {});
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        Result<Article> article = read_article(corpus, {});
        const double s = seconds_since(start);
        if (!article) {
            std::printf("error: %s\n", article.error().message.c_str());
            return 1;
        }
        std::printf("run %d: %.2f s, %.2f MB/s, %zu paragraphs, %zu sentences\n", run + 1, s,
                    double(corpus.size()) / (1024 * 1024) / s, article->paragraphs.size(), article->sentences.size());
    }
    return 0;
}
