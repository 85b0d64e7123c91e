#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/ingest/read_article.h"

namespace synoptic::app {

Result<size_t> add_article(Workspace& workspace, std::string_view name, std::string_view bytes) {
    ReadOptions options;
    options.name = std::string(name);
    Result<Article> article = read_article(bytes, options);
    if (!article) return Error{std::string(name) + ": " + article.error().message};
    article->name = std::string(name);
    workspace.articles.push_back(std::move(article).value());
    const size_t index = workspace.articles.size() - 1;
    if (workspace.compared.size() < 2) workspace.compared.push_back(int(index));
    return index;
}

std::string workspace_state_json(const Workspace& workspace) {
    nlohmann::json articles = nlohmann::json::array();
    for (const Article& a : workspace.articles) {
        articles.push_back({{"name", a.name},
                            {"title", a.meta.title},
                            {"date", a.meta.date},
                            {"language", a.language},
                            {"paragraphs", a.paragraphs.size()},
                            {"sentences", a.sentences.size()},
                            {"warnings", a.warnings}});
    }
    nlohmann::json state = {{"articles", articles}, {"compared", workspace.compared}};
    return state.dump();
}

} // namespace synoptic::app
