// `synoptic demo A B`: two articles side by side on the terminal, as the
// README's run command shows them. Until the alignment engine lands the
// columns are each article's sentences in reading order, and say so.
#include <algorithm>
#include <cstdio>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "cli/terminal_columns.h"

namespace synoptic::cli {

int run_demo(const Args& args) {
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: synoptic demo A B\n");
        return 2;
    }
    Result<Article> a = read_article_file(args[0]);
    Result<Article> b = read_article_file(args[1]);
    for (const Result<Article>* r : {&a, &b}) {
        if (!*r) {
            std::fprintf(stderr, "synoptic demo: %s\n", r->error().message.c_str());
            return 1;
        }
    }
    const int width = std::max(20, (terminal_width() - 3) / 2);
    std::printf("%s (%s, %zu sentences)  │  %s (%s, %zu sentences)\n", a->name.c_str(),
                a->language.c_str(), a->sentences.size(), b->name.c_str(), b->language.c_str(),
                b->sentences.size());
    std::printf("Segmented, not aligned: each column is its article's sentences in reading order.\n\n");
    const size_t rows = std::max(a->sentences.size(), b->sentences.size());
    for (size_t i = 0; i < rows; ++i) {
        std::string left = i < a->sentences.size() ? std::string(a->sentence_text(i)) : "";
        std::string right = i < b->sentences.size() ? std::string(b->sentence_text(i)) : "";
        print_side_by_side({left, right}, width);
    }
    return 0;
}

} // namespace synoptic::cli
