// Similarity between independent reports (ru↔tr, kk↔tr, ru↔ru) on hand-aligned
// facts of the seeds (tests/data/evidence/comparable-pairs.tsv): for each pair,
// is the other sentence the best-scoring one of the other article? The
// articles are read and segmented by read_article, as the aligners see them.
// Run: bench_comparable REPO_ROOT
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "bench/evidence/evidence_data.h"
#include "core/align/similarity.h"
#include "core/ingest/read_article.h"

using namespace synoptic;

namespace {

struct Read {
    Article article;
    std::vector<SentenceFeatures> features;
};

int find_sentence(const Article& a, const std::string& beginning) {
    for (size_t i = 0; i < a.sentences.size(); ++i)
        if (a.sentence_text(i).find(beginning) != std::string_view::npos) return static_cast<int>(i);
    return -1;
}

int best_match(const std::vector<SentenceFeatures>& to, const SentenceFeatures& from) {
    int best = -1;
    double best_score = -1;
    for (size_t j = 0; j < to.size(); ++j) {
        double s = similarity_score(from, to[j]);
        if (s > best_score) best_score = s, best = static_cast<int>(j);
    }
    return best;
}

} // namespace

int main(int argc, char** argv) {
    std::string root = argc > 1 ? argv[1] : ".";
    std::map<std::string, Read> articles;
    auto get = [&](const std::string& file) -> Read& {
        auto found = articles.find(file);
        if (found != articles.end()) return found->second;
        Read r;
        Result<Article> a = read_article(bench::read_file(bench::seed_dir(root) + file), ReadOptions{InputFormat::Auto, file, ""});
        if (a) r.article = std::move(*a);
        r.features = extract_features(r.article);
        return articles[file] = std::move(r);
    };
    // Every hand pair, then each sentence's set of counterparts (a fact may be
    // told in two sentences of one report).
    struct Pair {
        std::string fa, fb;
        int ia, ib;
    };
    std::vector<Pair> pairs;
    std::istringstream table(bench::read_file(root + "/tests/data/evidence/comparable-pairs.tsv"));
    std::string line;
    while (std::getline(table, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string fa, fb, sa, sb;
        std::getline(fields, fa, '\t');
        std::getline(fields, fb, '\t');
        std::getline(fields, sa, '\t');
        std::getline(fields, sb);
        int ia = find_sentence(get(fa).article, sa), ib = find_sentence(get(fb).article, sb);
        if (ia < 0 || ib < 0) {
            std::printf("not found: %s | %s\n", sa.c_str(), sb.c_str());
            continue;
        }
        pairs.push_back({fa, fb, ia, ib});
    }
    std::map<std::string, std::pair<int, int>> per_pair; // "ru-tr" → (correct, total)
    std::map<std::pair<std::string, int>, std::set<int>> counterparts; // (file, sentence) → sentences of the other file
    for (const Pair& p : pairs) {
        counterparts[{p.fa + ">" + p.fb, p.ia}].insert(p.ib);
        counterparts[{p.fb + ">" + p.fa, p.ib}].insert(p.ia);
    }
    for (const auto& [key, wanted] : counterparts) {
        std::string from = key.first.substr(0, key.first.find('>')), to = key.first.substr(key.first.find('>') + 1);
        Read& a = get(from);
        Read& b = get(to);
        int best = best_match(b.features, a.features[key.second]);
        bool ok = wanted.count(best) > 0;
        std::string pair = a.article.sentences[key.second].language + "-" + b.article.sentences[*wanted.begin()].language;
        if (pair == "tr-ru" || pair == "tr-kk") pair = pair.substr(3) + "-" + pair.substr(0, 2);
        auto& [correct, total] = per_pair[pair];
        correct += ok;
        ++total;
        Similarity why = explain_similarity(a.features[key.second], b.features[*wanted.begin()]);
        std::printf("%s %s %s[%d] -> best %d, want %d (score %.3f):", pair.c_str(), ok ? "ok  " : "miss", from.substr(0, 3).c_str(),
                    key.second, best, *wanted.begin(), why.score);
        for (const SharedEvidence& e : why.evidence) std::printf(" %s=%s", anchor_kind_name(e.kind), e.key.c_str());
        std::printf("\n");
    }
    std::printf("comparable-report retrieval top-1 (both directions):");
    for (const auto& [pair, counts] : per_pair)
        std::printf("  %s %d/%d = %.2f", pair.c_str(), counts.first, counts.second, double(counts.first) / counts.second);
    std::printf("\n");
    return 0;
}
