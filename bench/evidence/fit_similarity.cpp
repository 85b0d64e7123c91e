// Fits the similarity model (logistic regression over similarity_inputs) on
// parallel text: gettext catalogs of Debian's packages, keyed by the same
// msgid in kk, ru, tr and ar (/usr/share/locale/*/LC_MESSAGES/*.mo), plus
// one news item translated for the benchmarks (bench/evidence/parallel/katar-*).
// The Kazinform kk↔ru gold, the Kazinform Turkish translation and the UDHR
// stay out of the fit: bench_similarity reports them as held-out figures.
// Only the fitted weights are kept (no catalog text is shipped). Prints
// retrieval figures, then the model as C++.
// Run: fit_similarity REPO_ROOT [--mo-only] > similarity_model.cpp.new
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <dirent.h>
#include <random>
#include <set>

#include "bench/evidence/evidence_data.h"
#include "core/align/similarity.h"

using namespace synoptic;
using namespace synoptic::bench;

namespace {

struct Example {
    SimilarityInputs x;
    double y;
    double weight;
};

std::string clean_message(std::string s) {
    std::string out;
    for (char c : s)
        if (c != '_' && c != '&') out += c == '\n' ? ' ' : c;
    return out;
}

struct ParallelSet {
    std::string l1, l2;
    std::vector<SentenceFeatures> a, b; // a[i] translates b[i]
};

ParallelSet catalogs(const std::string& l1, const std::string& l2, size_t limit) {
    ParallelSet set{l1, l2, {}, {}};
    std::vector<std::string> s1, s2;
    std::string dir1 = "/usr/share/locale/" + l1 + "/LC_MESSAGES/";
    DIR* d = opendir(dir1.c_str());
    if (!d) return set;
    std::vector<std::string> names;
    while (dirent* e = readdir(d)) {
        std::string n = e->d_name;
        if (n.size() > 3 && n.substr(n.size() - 3) == ".mo" && n.rfind("iso_", 0) != 0) names.push_back(n);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    std::set<std::string> seen;
    for (const std::string& n : names) {
        auto m1 = read_mo(dir1 + n);
        auto m2 = read_mo("/usr/share/locale/" + l2 + "/LC_MESSAGES/" + n);
        for (const auto& [id, str1] : m1) {
            auto found = m2.find(id);
            if (found == m2.end() || id.find(' ') == std::string::npos) continue; // sentences, not labels
            std::string a = clean_message(str1), b = clean_message(found->second);
            if (a == b || !seen.insert(a).second) continue;
            s1.push_back(a);
            s2.push_back(b);
        }
    }
    std::mt19937 rng(7);
    std::vector<size_t> order(s1.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    if (order.size() > limit) order.resize(limit);
    std::vector<std::string> t1, t2;
    for (size_t i : order) t1.push_back(s1[i]), t2.push_back(s2[i]);
    set.a = extract_features(article_of(t1, l1));
    set.b = extract_features(article_of(t2, l2));
    return set;
}

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

// Inputs left out of the model: shared evidence never counts against a
// pair, and conflicting numbers never for it, so an input whose weight comes
// out with the wrong sign (too rare in the data to be estimated) is left out.
std::set<size_t> g_excluded;
bool excluded(size_t input) { return g_excluded.count(input) > 0; }
bool is_evidence(size_t input) {
    return input != size_t(SimilarityInput::NumberConflict) && input != size_t(SimilarityInput::AnchorCount) &&
           input != size_t(SimilarityInput::LengthLogRatio) && input != size_t(SimilarityInput::SameLanguage);
}

SimilarityModel fit_once(std::vector<Example> data, double l2);

SimilarityModel fit(const std::vector<Example>& data, double l2) {
    SimilarityModel m = fit_once(data, l2);
    for (int round = 0; round < 5; ++round) {
        bool changed = false;
        for (size_t i = 0; i < kSimilarityInputCount; ++i) {
            bool wrong_sign = is_evidence(i) ? m.weights[i] < 0
                              : i == size_t(SimilarityInput::NumberConflict) ? m.weights[i] > 0 : false;
            if (wrong_sign && !excluded(i)) g_excluded.insert(i), changed = true;
        }
        if (!changed) break;
        m = fit_once(data, l2);
    }
    return m;
}

SimilarityModel fit_once(std::vector<Example> data, double l2) {
    for (Example& e : data)
        for (size_t i = 0; i < kSimilarityInputCount; ++i)
            if (excluded(i)) e.x[i] = 0;
    SimilarityModel m;
    const size_t n = kSimilarityInputCount;
    // Newton's method (IRLS) on n+1 parameters: small and exact enough.
    for (int iter = 0; iter < 30; ++iter) {
        std::vector<double> grad(n + 1, 0), hess((n + 1) * (n + 1), 0);
        for (const Example& e : data) {
            double p = similarity_score(e.x, m);
            double r = (p - e.y) * e.weight, w = p * (1 - p) * e.weight;
            for (size_t i = 0; i <= n; ++i) {
                double xi = i < n ? e.x[i] : 1.0;
                grad[i] += r * xi;
                for (size_t j = 0; j <= n; ++j) hess[i * (n + 1) + j] += w * xi * (j < n ? e.x[j] : 1.0);
            }
        }
        for (size_t i = 0; i < n; ++i) {
            grad[i] += l2 * m.weights[i];
            hess[i * (n + 1) + i] += l2;
        }
        hess[n * (n + 1) + n] += 1e-6;
        // Solve hess · step = grad (Gaussian elimination with partial pivoting).
        size_t N = n + 1;
        std::vector<double> A = hess, bvec = grad;
        for (size_t c = 0; c < N; ++c) {
            size_t piv = c;
            for (size_t r = c + 1; r < N; ++r)
                if (std::fabs(A[r * N + c]) > std::fabs(A[piv * N + c])) piv = r;
            for (size_t k = 0; k < N; ++k) std::swap(A[c * N + k], A[piv * N + k]);
            std::swap(bvec[c], bvec[piv]);
            if (std::fabs(A[c * N + c]) < 1e-12) continue;
            for (size_t r = 0; r < N; ++r) {
                if (r == c) continue;
                double f = A[r * N + c] / A[c * N + c];
                for (size_t k = c; k < N; ++k) A[r * N + k] -= f * A[c * N + k];
                bvec[r] -= f * bvec[c];
            }
        }
        double change = 0;
        for (size_t i = 0; i < N; ++i) {
            double step = std::fabs(A[i * N + i]) < 1e-12 ? 0 : bvec[i] / A[i * N + i];
            if (i < n) m.weights[i] -= step;
            else m.bias -= step;
            change += std::fabs(step);
        }
        if (change < 1e-6) break;
    }
    return m;
}

void add_set(std::vector<Example>& data, const ParallelSet& s, bool even, std::mt19937& rng, double weight) {
    if (s.a.size() < 4) return;
    std::uniform_int_distribution<size_t> pick(0, s.a.size() - 1);
    for (size_t i = even ? 0 : 1; i < s.a.size(); i += 2) {
        // Ten wrong candidates for each right one: the score reads as the
        // probability that a pair is right when about one in eleven is.
        data.push_back({similarity_inputs(s.a[i], s.b[i]), 1.0, weight});
        for (int k = 0; k < 10; ++k) {
            size_t j = pick(rng);
            if (j == i) continue;
            data.push_back({similarity_inputs(s.a[i], s.b[j]), 0.0, weight});
        }
        // Translators merge sentences (the gold has 2-1 and 3-1 beads): one
        // pair in six sets a sentence against its translation run together
        // with the next one or two, against runs of wrong ones as well, so
        // the length ratio is not learnt from one-to-one pairs only.
        if (i % 6 == 0 && i + 2 < s.b.size()) {
            auto run = [&s](size_t from, size_t count) {
                SentenceFeatures merged = s.b[from];
                for (size_t k = 1; k < count && from + k < s.b.size(); ++k) append_features(merged, s.b[from + k]);
                return merged;
            };
            const size_t count = i % 12 == 0 ? 2 : 3;
            data.push_back({similarity_inputs(s.a[i], run(i, count)), 1.0, weight});
            for (int k = 0; k < 10; ++k) {
                size_t j = pick(rng);
                if (j + count > i && j <= i) continue;
                data.push_back({similarity_inputs(s.a[i], run(j, count)), 0.0, weight});
            }
        }
    }
}

// Top-1 retrieval among the odd (held-out) items, in pools of `pool` candidates.
double retrieval(const ParallelSet& s, const SimilarityModel& m, size_t pool) {
    std::vector<size_t> test;
    for (size_t i = 1; i < s.a.size(); i += 2) test.push_back(i);
    size_t correct = 0, total = 0;
    for (size_t start = 0; start + pool <= test.size(); start += pool)
        for (size_t x = start; x < start + pool; ++x) {
            size_t best = 0;
            double best_score = -1;
            for (size_t y = start; y < start + pool; ++y) {
                double sc = similarity_score(similarity_inputs(s.a[test[x]], s.b[test[y]]), m);
                if (sc > best_score) best_score = sc, best = y;
            }
            ++total;
            correct += best == x;
        }
    return total ? double(correct) / total : 0;
}

struct Gold {
    std::vector<SentenceFeatures> kk, ru;
    std::vector<std::set<int>> kk_to_ru, ru_to_kk;
};

double gold_retrieval(const Gold& g, const SimilarityModel& m) {
    size_t correct = 0, total = 0;
    auto run = [&](const std::vector<SentenceFeatures>& from, const std::vector<SentenceFeatures>& to,
                   const std::vector<std::set<int>>& want) {
        for (size_t i = 0; i < from.size(); ++i) {
            if (want[i].empty()) continue;
            int best = 0;
            double best_score = -1;
            for (size_t j = 0; j < to.size(); ++j) {
                double sc = similarity_score(similarity_inputs(from[i], to[j]), m);
                if (sc > best_score) best_score = sc, best = static_cast<int>(j);
            }
            ++total;
            correct += want[i].count(best);
        }
    };
    run(g.kk, g.ru, g.kk_to_ru);
    run(g.ru, g.kk, g.ru_to_kk);
    return double(correct) / total;
}

} // namespace

int main(int argc, char** argv) {
    std::string root = argc > 1 ? argv[1] : ".";
    bool mo_only = argc > 2 && std::string(argv[2]) == "--mo-only";
    std::string gold_dir = bench::kazinform_gold_dir(root);
    Gold g;
    g.kk = extract_features(article_of(read_lines(gold_dir + "kk.txt"), "kk"));
    g.ru = extract_features(article_of(read_lines(gold_dir + "ru.txt"), "ru"));
    g.kk_to_ru.resize(g.kk.size());
    g.ru_to_kk.resize(g.ru.size());
    for (const Bead& b : read_gold(gold_dir + "gold.txt"))
        for (int i : b.first)
            for (int j : b.second) g.kk_to_ru[i].insert(j), g.ru_to_kk[j].insert(i);

    // The news item translated for the benchmarks: every pair of its lines,
    // the translations positive.
    std::vector<Example> news;
    {
        const std::string dir = root + "/bench/evidence/parallel/katar-";
        const std::pair<const char*, const char*> kNewsPairs[] = {{"ru", "tr"}, {"kk", "tr"}, {"kk", "ru"}};
        for (auto [l1, l2] : kNewsPairs) {
            auto a = extract_features(article_of(read_lines(dir + l1 + ".txt"), l1));
            auto b = extract_features(article_of(read_lines(dir + l2 + ".txt"), l2));
            for (size_t i = 0; i < a.size() && a.size() == b.size(); ++i)
                for (size_t j = 0; j < b.size(); ++j)
                    news.push_back({similarity_inputs(a[i], b[j]), i == j ? 1.0 : 0.0, 2.0});
        }
        std::fprintf(stderr, "news translated for the benchmarks: %zu pairs of sentences\n", news.size());
    }

    const std::pair<const char*, const char*> kPairs[] = {{"kk", "ru"}, {"ru", "tr"}, {"kk", "tr"}, {"ar", "tr"}, {"ru", "ar"}};
    std::vector<ParallelSet> sets;
    for (auto [l1, l2] : kPairs) {
        sets.push_back(catalogs(l1, l2, 1200));
        std::fprintf(stderr, "catalogs %s-%s: %zu message pairs\n", l1, l2, sets.back().a.size());
    }
    std::mt19937 rng(11);
    std::vector<Example> data;
    for (const ParallelSet& s : sets) add_set(data, s, true, rng, 1.0);
    SimilarityModel mo_model = fit(data, 1.0);
    if (!mo_only) data.insert(data.end(), news.begin(), news.end());
    SimilarityModel model = mo_only ? mo_model : fit(data, 1.0);
    // No same-language pairs in the data: the stem weight cannot be fitted.
    // Within one language a shared content word is what a cognate prefix and
    // a word key together say across languages (the same word gives both),
    // so the stem weight is tied to the sum of those two weights.
    for (SimilarityModel* m : {&mo_model, &model})
        m->weights[size_t(SimilarityInput::StemDice)] = m->weights[size_t(SimilarityInput::CognateDice)] +
                                                         m->weights[size_t(SimilarityInput::WordKeyDice)];

    std::fprintf(stderr, "held-out catalog retrieval top-1 (pools of 50), model fitted on catalogs | on catalogs+news:\n");
    for (const ParallelSet& s : sets)
        std::fprintf(stderr, "  %s-%s  %.3f | %.3f\n", s.l1.c_str(), s.l2.c_str(), retrieval(s, mo_model, 50), retrieval(s, model, 50));
    std::fprintf(stderr, "kazinform gold retrieval top-1 (both directions, held out): catalogs only %.3f | catalogs+news %.3f\n",
                 gold_retrieval(g, mo_model), gold_retrieval(g, model));

    std::printf("// The similarity model's weights, fitted by bench/evidence/fit_similarity\n"
                "// (logistic regression on Debian message catalogs kk/ru/tr/ar keyed by msgid%s,\n"
                "// ten wrong pairs to one right; StemDice tied to CognateDice + WordKeyDice: no same-language data).\n"
                "// Regenerate: build/<dir>/bench/evidence/fit_similarity REPO_ROOT > this file\n"
                "#include \"core/align/similarity.h\"\n\nnamespace synoptic {\n\n"
                "const SimilarityModel& default_similarity_model() {\n"
                "    static const SimilarityModel model = [] {\n        SimilarityModel m;\n        m.bias = %.4f;\n",
                mo_only ? "" : "\n// and the news item translated for the benchmarks, bench/evidence/parallel/katar-*", model.bias);
    for (size_t i = 0; i < kSimilarityInputCount; ++i)
        std::printf("        m.weights[static_cast<size_t>(SimilarityInput::%s)] = %.4f;\n",
                    [](size_t k) {
                        static const char* names[] = {"NumberShared", "NumberConflict", "DateShared", "NameShared",
                                                      "NameInWords", "ConceptShared", "LinkShared", "StemDice",
                                                      "CognateDice", "WordKeyDice", "SkeletonDice", "GlossDice", "LengthLogRatio",
                                                      "AnchorCount", "SameLanguage"};
                        return names[k];
                    }(i),
                    model.weights[i]);
    std::printf("        return m;\n    }();\n    return model;\n}\n\n} // namespace synoptic\n");
    return 0;
}
