#include "web/edit_command.h"

#include <string>

namespace synoptic::web {
namespace {

// A whole number >= 0 under `key`, or an error naming the key.
Result<uint64_t> count_field(const nlohmann::json& edit, const char* key) {
    const auto it = edit.find(key);
    if (it == edit.end() || !it->is_number_integer() || it->get<long long>() < 0)
        return Error{std::string("\"") + key + "\" must be a whole number from 0"};
    return it->get<uint64_t>();
}

// "article"/"articleId" (or "toArticle"/"toArticleId") as an id.
Result<ArticleId> article_field(const nlohmann::json& edit, const DocumentState& state, const std::string& key) {
    if (edit.contains(key + "Id")) {
        Result<uint64_t> id = count_field(edit, (key + "Id").c_str());
        if (!id) return id.error();
        if (!state.find(ArticleId(uint32_t(*id)))) return Error{"no article has the id " + std::to_string(*id)};
        return ArticleId(uint32_t(*id));
    }
    Result<uint64_t> index = count_field(edit, key.c_str());
    if (!index) return index.error();
    if (*index >= state.articles.size()) return Error{"no article at index " + std::to_string(*index)};
    return state.articles[*index].id;
}

Result<SentenceRef> sentence_field(const nlohmann::json& edit, const DocumentState& state,
                                   const std::string& article_key, const char* sentence_key) {
    Result<ArticleId> article = article_field(edit, state, article_key);
    if (!article) return article.error();
    Result<uint64_t> sentence = count_field(edit, sentence_key);
    if (!sentence) return sentence.error();
    return SentenceRef{*article, uint32_t(*sentence)};
}

} // namespace

Result<Command> parse_edit(const nlohmann::json& edit, const DocumentState& state) {
    if (!edit.is_object() || !edit.contains("op") || !edit["op"].is_string())
        return Error{"an edit is an object with \"op\": unlink, link, move, split, merge or check"};
    const std::string op = edit["op"].get<std::string>();
    if (op == "merge" || op == "check") {
        Result<uint64_t> row = count_field(edit, "row");
        if (!row) return row.error();
        if (op == "merge") return Command{MergeWithNextRow{size_t(*row)}};
        const auto checked = edit.find("checked");
        if (checked != edit.end() && !checked->is_boolean()) return Error{"\"checked\" must be true or false"};
        return Command{MarkRowChecked{size_t(*row), checked == edit.end() || checked->get<bool>()}};
    }
    Result<SentenceRef> sentence = sentence_field(edit, state, "article", "sentence");
    if (op == "unlink" || op == "split" || op == "move" || op == "link") {
        if (!sentence) return sentence.error();
    }
    if (op == "unlink") return Command{UnlinkSentence{*sentence}};
    if (op == "split") return Command{SplitRow{*sentence}};
    if (op == "move") {
        const auto direction = edit.find("direction");
        if (direction == edit.end() || !direction->is_string() ||
            (*direction != "up" && *direction != "down"))
            return Error{"\"direction\" must be \"up\" or \"down\""};
        return Command{MoveSentence{*sentence, *direction == "up" ? RowDirection::Up : RowDirection::Down}};
    }
    if (op == "link") {
        Result<SentenceRef> to = sentence_field(edit, state, "toArticle", "toSentence");
        if (!to) return to.error();
        return Command{LinkSentences{*sentence, *to}};
    }
    return Error{"unknown edit \"" + op + "\": use unlink, link, move, split, merge or check"};
}

} // namespace synoptic::web
