// synoptic features FILE [--lang xx]: each sentence with the anchors the
// evidence layer finds in it (numbers, dates, names, concepts, links), then
// the meanings of its ordinary words from the news glossary.
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "core/features/sentence_features.h"

namespace synoptic::cli {

int run_features(const Args& args) {
    std::string path, language;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) language = args[++i];
        else if (path.empty()) path = args[i];
        else {
            std::fprintf(stderr, "usage: synoptic features FILE [--lang xx]\n");
            return 2;
        }
    }
    if (path.empty()) {
        std::fprintf(stderr, "usage: synoptic features FILE [--lang xx]\n");
        return 2;
    }
    Result<Article> article = read_article_file(path, language);
    if (!article) {
        std::fprintf(stderr, "synoptic features: %s\n", article.error().message.c_str());
        return 1;
    }
    std::vector<SentenceFeatures> features = extract_features(*article);
    for (size_t i = 0; i < features.size(); ++i) {
        std::string_view text = article->sentence_text(i);
        std::printf("[%zu] (%s) %.*s\n", i, features[i].language.c_str(), static_cast<int>(text.size()), text.data());
        for (const Anchor& a : features[i].anchors) {
            std::string_view surface = article->slice(a.span);
            std::printf("    %-8s %-28s %.*s\n", anchor_kind_name(a.kind), a.key.c_str(),
                        static_cast<int>(surface.size()), surface.data());
        }
        // Glossary meanings are not facts with a place in the text: one line of ids.
        if (!features[i].glosses.empty()) {
            std::printf("    %-8s", anchor_kind_name(AnchorKind::Gloss));
            for (const std::string& g : features[i].glosses) std::printf(" %s", g.c_str());
            std::printf("\n");
        }
    }
    return 0;
}

} // namespace synoptic::cli
