// `synoptic demo A B`: two articles side by side on the terminal, row by
// aligned row, as the README's run command shows them. A row's mark says
// whether both articles carry it ("="), only one does (" "), or they
// disagree on a fact ("!").
#include <algorithm>
#include <cstdio>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "cli/terminal_columns.h"
#include "core/compare/comparison.h"

namespace synoptic::cli {
namespace {

char row_mark(const Comparison& c, size_t row) {
    for (const RowFact& f : c.row_facts[row])
        if (f.status == FactStatus::Conflict) return '!';
    return c.alignment.rows[row].articles_present() == 2 ? '=' : ' ';
}

} // namespace

int run_demo(const Args& args) {
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: synoptic demo A B\n");
        return 2;
    }
    if (auto twice = stdin_named_twice(args)) {
        std::fprintf(stderr, "synoptic demo: %s\n", twice->message.c_str());
        return 2;
    }
    std::vector<Article> articles;
    for (const std::string& path : args) {
        Result<Article> article = read_article_file(path);
        if (!article) {
            std::fprintf(stderr, "synoptic demo: %s\n", article.error().message.c_str());
            return 1;
        }
        articles.push_back(std::move(article).value());
    }
    const Comparison comparison = compare_articles(articles);
    const Alignment& pair = comparison.alignment.pairs.at(0).alignment;

    const int width = std::max(20, (terminal_width() - 5) / 2);
    std::printf("%s (%s, %zu sentences)  ~  %s (%s, %zu sentences)\n", articles[0].name.c_str(),
                articles[0].language.c_str(), articles[0].sentences.size(), articles[1].name.c_str(),
                articles[1].language.c_str(), articles[1].sentences.size());
    std::printf("aligned as %s: %s\n", pair.mode == AlignMode::Parallel ? "translations" : "independent reports",
                pair.mode_reason.c_str());
    std::printf("rows: '=' in both, ' ' in one only, '!' the two disagree on a fact\n\n");
    for (size_t row = 0; row < comparison.alignment.rows.size(); ++row) {
        const AlignedRow& r = comparison.alignment.rows[row];
        std::printf("%c ", row_mark(comparison, row));
        print_side_by_side({articles[0].joined_text(r.sentences[0]), articles[1].joined_text(r.sentences[1])},
                           width, 2);
    }
    return 0;
}

} // namespace synoptic::cli
