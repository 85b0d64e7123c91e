// bench_align REPO_ROOT [gold|matrix|catalogs|comparable|speed]
// Prints figures; asserts nothing.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/align/align_articles.h"
#include "core/align/bead_score.h"
#include "core/align/presegmented_article.h"
#include "core/align/similarity.h"

using namespace synoptic;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void print_scores(const char* label, const BeadScores& s) {
    std::printf("%-40s strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f\n", label, s.precision_strict,
                s.recall_strict, s.f1_strict, s.precision_lax, s.recall_lax, s.f1_lax);
}

int bench_gold(const std::string& root, bool dump_matrix) {
    const std::string dir = root + "/../shared/gold/kazinform-kk-ru/";
    Article kk = presegmented_article(slurp(dir + "kk.txt"), "kk.txt");
    Article ru = presegmented_article(slurp(dir + "ru.txt"), "ru.txt");
    auto gold = parse_beads(slurp(dir + "gold.txt"));
    if (!gold) {
        std::fprintf(stderr, "%s\n", gold.error().message.c_str());
        return 1;
    }
    auto fa = extract_features(kk), fb = extract_features(ru);
    if (dump_matrix) {
        std::printf("    ");
        for (size_t j = 0; j < fb.size(); ++j) std::printf("%4zu", j);
        std::printf("\n");
        for (size_t i = 0; i < fa.size(); ++i) {
            std::printf("%3zu ", i);
            for (size_t j = 0; j < fb.size(); ++j) {
                int v = static_cast<int>(100 * similarity_score(fa[i], fb[j]));
                std::printf("%4d", v);
            }
            std::printf("   len %u\n", fa[i].length_chars);
        }
    }
    std::printf("kazinform kk-ru gold: %zu kk, %zu ru sentences, %zu beads (languages %s, %s)\n", kk.sentences.size(),
                ru.sentences.size(), gold->size(), kk.language.c_str(), ru.language.c_str());
    for (AlignMode mode : {AlignMode::Auto, AlignMode::Parallel}) {
        AlignOptions options;
        options.mode = mode;
        Alignment alignment = align_articles(kk, ru, options);
        print_scores(mode == AlignMode::Auto ? "gold, --mode auto" : "gold, --mode parallel",
                     score_beads(gold.value(), alignment.beads));
        std::printf("  reason: %s\n", alignment.mode_reason.c_str());
        if (dump_matrix) std::printf("%s", format_beads(alignment.beads).c_str());
    }
    return 0;
}

// Sensitivity of the gold F1 to the bead-gain parameters around the
// defaults: one parameter varied at a time (a guard against tuning to one
// article: a robust setting sits on a plateau).
int bench_sensitivity(const std::string& root) {
    const std::string dir = root + "/../shared/gold/kazinform-kk-ru/";
    Article kk = presegmented_article(slurp(dir + "kk.txt"), "kk.txt");
    Article ru = presegmented_article(slurp(dir + "ru.txt"), "ru.txt");
    auto gold = parse_beads(slurp(dir + "gold.txt"));
    struct Knob {
        const char* name;
        double ParallelOptions::*field;
        std::vector<double> values;
    };
    std::vector<Knob> knobs = {
        {"similarity_weight", &ParallelOptions::similarity_weight, {2, 4, 6, 8, 12, 16, 24}},
        {"similarity_floor", &ParallelOptions::similarity_floor, {0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4}},
        {"length_weight", &ParallelOptions::length_weight, {0.25, 0.5, 1, 1.5, 2, 3}},
        {"log_prior_skip", &ParallelOptions::log_prior_skip, {-1, -2, -3, -4, -5, -6, -8}},
        {"log_prior_skip_repeat", &ParallelOptions::log_prior_skip_repeat, {0, -0.5, -1, -2, -3}},
        {"log_prior_one_two", &ParallelOptions::log_prior_one_two, {-1, -2, -2.6, -3.5, -5}},
        {"log_prior_two_two", &ParallelOptions::log_prior_two_two, {-2, -3.5, -4.5, -6, -8}},
        {"log_prior_one_three", &ParallelOptions::log_prior_one_three, {-2, -3, -4, -5, -6, -8}},
    };
    for (const Knob& knob : knobs) {
        std::printf("%-22s", knob.name);
        for (double v : knob.values) {
            AlignOptions options;
            options.mode = AlignMode::Parallel;
            options.parallel.*knob.field = v;
            auto s = score_beads(gold.value(), align_articles(kk, ru, options).beads);
            std::printf("  %g:%.2f/%.2f", v, s.f1_strict, s.f1_lax);
        }
        std::printf("\n");
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_align REPO_ROOT [gold|matrix|catalogs|comparable|speed]\n");
        return 2;
    }
    const std::string root = argv[1];
    const std::string section = argc > 2 ? argv[2] : "all";
    int status = 0;
    if (section == "all" || section == "gold") status |= bench_gold(root, false);
    if (section == "matrix") status |= bench_gold(root, true);
    if (section == "sensitivity") status |= bench_sensitivity(root);
    return status;
}
