// synoptic similarity A B [--lang-a xx] [--lang-b yy]: for each sentence of A,
// the best-scoring sentence of B with its score and the shared evidence.
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "core/align/similarity.h"

namespace synoptic::cli {

int run_similarity(const Args& args) {
    std::string paths[2], languages[2];
    size_t n = 0;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang-a" && i + 1 < args.size()) languages[0] = args[++i];
        else if (args[i] == "--lang-b" && i + 1 < args.size()) languages[1] = args[++i];
        else if (n < 2) paths[n++] = args[i];
        else n = 3;
    }
    if (n != 2) {
        std::fprintf(stderr, "usage: synoptic similarity A B [--lang-a xx] [--lang-b yy]\n");
        return 2;
    }
    if (auto twice = stdin_named_twice({paths[0], paths[1]})) {
        std::fprintf(stderr, "synoptic similarity: %s\n", twice->message.c_str());
        return 2;
    }
    Article articles[2];
    for (int k = 0; k < 2; ++k) {
        Result<Article> a = read_article_file(paths[k], languages[k]);
        if (!a) {
            std::fprintf(stderr, "synoptic similarity: %s: %s\n", paths[k].c_str(), a.error().message.c_str());
            return 1;
        }
        articles[k] = std::move(*a);
    }
    std::vector<SentenceFeatures> fa = extract_features(articles[0]), fb = extract_features(articles[1]);
    for (size_t i = 0; i < fa.size(); ++i) {
        size_t best = 0;
        double best_score = -1;
        for (size_t j = 0; j < fb.size(); ++j) {
            double s = similarity_score(fa[i], fb[j]);
            if (s > best_score) best_score = s, best = j;
        }
        std::string_view ta = articles[0].sentence_text(i);
        std::printf("A[%zu] %.*s\n", i, static_cast<int>(ta.size()), ta.data());
        if (fb.empty()) continue;
        std::string_view tb = articles[1].sentence_text(best);
        Similarity why = explain_similarity(fa[i], fb[best]);
        std::printf("  -> B[%zu] %.3f %.*s\n", best, best_score, static_cast<int>(tb.size()), tb.data());
        std::printf("     evidence:");
        for (const SharedEvidence& e : why.evidence) std::printf(" %s=%s", anchor_kind_name(e.kind), e.key.c_str());
        std::printf("\n");
    }
    return 0;
}

} // namespace synoptic::cli
