#include "core/session/article_analysis.h"

#include "core/ingest/article_size.h"
#include "core/ingest/read_article.h"

namespace synoptic {

Result<std::shared_ptr<const ArticleAnalysis>> analyze_article(std::string_view name, std::string_view bytes,
                                                               InputFormat format, const std::string& language) {
    if (std::optional<Error> too_large = check_article_size(name, bytes.size())) return *too_large;
    ReadOptions options;
    options.name = std::string(name);
    options.format = format;
    options.language = language;
    Result<Article> article = read_article(bytes, options);
    if (!article) return Error{std::string(name) + ": " + article.error().message};
    auto analysis = std::make_shared<ArticleAnalysis>();
    analysis->article = std::move(article).value();
    analysis->features = extract_features(analysis->article);
    return std::shared_ptr<const ArticleAnalysis>(std::move(analysis));
}

} // namespace synoptic
