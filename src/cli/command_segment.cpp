// synoptic segment FILE [--lang xx] [--format text|json]: what the reader
// made of a file. Text: metadata as "# key: value" lines, then one sentence
// a line, paragraphs separated by one blank line. JSON: the Article model
// with byte offsets into "text".
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "core/export/article_export.h"
#include "core/text/whitespace.h"

namespace synoptic::cli {

namespace {

void print_text(const Article& a) {
    const auto meta_line = [](const char* key, const std::string& value) {
        if (!value.empty()) std::printf("# %s: %s\n", key, collapse_whitespace(value).c_str());
    };
    meta_line("title", a.meta.title);
    meta_line("date", a.meta.date);
    meta_line("source", a.meta.source);
    meta_line("author", a.meta.author);
    meta_line("url", a.meta.url);
    meta_line("language_tag", a.meta.language_tag);
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, "%.2f", a.language_confidence);
    meta_line("language", a.language + (a.language_overridden ? " (set by user)" : " (confidence " + std::string(confidence) + ")"));
    meta_line("paragraphs", std::to_string(a.paragraphs.size()));
    meta_line("sentences", std::to_string(a.sentences.size()));
    for (const std::string& w : a.warnings) meta_line("warning", w);
    std::printf("\n");
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        if (i > 0 && a.sentences[i].paragraph != a.sentences[i - 1].paragraph) std::printf("\n");
        std::printf("%s\n", collapse_whitespace(a.sentence_text(i)).c_str());
    }
}

void print_json(const Article& a) {
    std::printf("%s\n", article_json(a).dump(2).c_str());
}

int usage() {
    std::fprintf(stderr, "usage: synoptic segment FILE [--lang xx] [--format text|json]\n");
    return 2;
}

} // namespace

int run_segment(const Args& args) {
    std::string file, language, format = "text";
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) language = args[++i];
        else if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else if (!args[i].empty() && args[i][0] == '-' && args[i] != "-") return usage();
        else if (file.empty()) file = args[i];
        else return usage();
    }
    if (file.empty() || (format != "text" && format != "json")) return usage();

    Result<Article> article = read_article_file(file, language);
    if (!article) {
        std::fprintf(stderr, "synoptic segment: %s\n", article.error().message.c_str());
        return 1;
    }
    for (const std::string& w : article->warnings)
        std::fprintf(stderr, "synoptic segment: %s: warning: %s\n", file.c_str(), w.c_str());
    if (format == "json") print_json(*article);
    else print_text(*article);
    return 0;
}

} // namespace synoptic::cli
