// libFuzzer target: the whole pipeline a dropped file goes through. The input
// is cut at form feeds into 2 to 4 articles (read as Auto), which are then
// compared: every sentence of every article must land in exactly one row,
// whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/compare/comparison.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    constexpr size_t kMostArticles = 4;
    std::vector<synoptic::Article> articles;
    size_t begin = 0;
    while (begin <= bytes.size() && articles.size() < kMostArticles) {
        size_t end = bytes.find('\f', begin);
        if (end == std::string_view::npos) end = bytes.size();
        synoptic::Result<synoptic::Article> a = synoptic::read_article(bytes.substr(begin, end - begin), {});
        if (a && !a->sentences.empty()) articles.push_back(std::move(*a));
        begin = end + 1;
    }
    if (articles.size() < 2) return 0;

    const synoptic::Comparison c = synoptic::compare_articles(articles);
    std::vector<std::vector<int>> seen(articles.size());
    for (size_t k = 0; k < articles.size(); ++k) seen[k].assign(articles[k].sentences.size(), 0);
    for (const synoptic::AlignedRow& row : c.alignment.rows) {
        if (row.sentences.size() != articles.size()) std::abort();
        for (size_t k = 0; k < articles.size(); ++k)
            for (uint32_t s : row.sentences[k]) {
                if (s >= seen[k].size()) std::abort();
                ++seen[k][s];
            }
    }
    for (const std::vector<int>& article : seen)
        for (int count : article)
            if (count != 1) std::abort();
    return 0;
}
