#include "core/session/session_file.h"

#include <cstdio>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/align/align_mode.h"
#include "core/ingest/read_article.h"
#include "core/session/base64.h"
#include "core/session/json_text.h"

namespace synoptic {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// A session file nests four levels deep (rows, a row, its columns, a column).
constexpr size_t kMaxSessionDepth = 8;

std::string dump(const ordered_json& value) {
    // Names and text are valid UTF-8 (commands repair names); replacing is a
    // safety net, never a silent change of the user's state.
    return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

ordered_json article_json(const DocumentArticle& article) {
    return ordered_json{{"id", id_number(article.id)},
                        {"name", article.name},
                        {"format", input_format_name(article.format)},
                        {"language", article.language},
                        {"bytes", encode_base64(*article.bytes)}};
}

ordered_json pair_mode_json(const PairMode& pair) {
    return ordered_json{{"first", id_number(pair.first)}, {"second", id_number(pair.second)},
                        {"mode", align_mode_name(pair.mode)}};
}

ordered_json pair_outcome_json(const PairOutcome& pair) {
    return ordered_json{{"first", id_number(pair.first)}, {"second", id_number(pair.second)},
                        {"mode", align_mode_name(pair.mode)}, {"reason", pair.reason}};
}

ordered_json row_json(const Row& row) {
    ordered_json out{{"sentences", row.sentences}, {"score", row.score}};
    if (row.edited) out["edited"] = true;
    if (row.checked) out["checked"] = true;
    return out;
}

template <class Items, class ToJson>
void write_lines(std::string& out, const Items& items, ToJson to_json) {
    out += "[";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ",\n" : "\n") + dump(to_json(items[i]));
    out += "\n]";
}

std::string kind_of(const json& value) {
    switch (value.type()) {
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true or false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "a set of fields";
    default: return "empty";
    }
}

// Reads fields of the file, keeping the first problem met (later reads then
// return empty values), so the reading code states what it expects in order.
class FieldReader {
public:
    bool failed() const { return error_.has_value(); }
    const Error& error() const { return *error_; }

    void fail(const std::string& what) {
        if (!error_) error_ = Error{"This session file is damaged: " + what + "."};
    }

    // `where` names the object for messages ("the file", "article 2").
    const json* field(const json& object, const char* key, const std::string& where, json::value_t type,
                      const char* expected, bool required = true) {
        if (failed()) return nullptr;
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) fail(where + " has no \"" + key + "\"");
            return nullptr;
        }
        const bool numeric = type == json::value_t::number_unsigned;
        const bool fits = numeric ? it->is_number_unsigned() || (it->is_number_integer() && it->get<int64_t>() >= 0)
                                  : it->type() == type;
        if (!fits) {
            fail(where + "'s \"" + key + "\" should be " + expected + ", not " + kind_of(*it));
            return nullptr;
        }
        return &*it;
    }

    std::string text(const json& object, const char* key, const std::string& where, bool required = true) {
        const json* value = field(object, key, where, json::value_t::string, "text", required);
        return value ? value->get<std::string>() : std::string();
    }

    uint64_t count(const json& object, const char* key, const std::string& where, uint64_t most, bool required = true) {
        const json* value = field(object, key, where, json::value_t::number_unsigned, "a whole number", required);
        if (!value) return 0;
        return number(*value, where + "'s \"" + key + "\"", most);
    }

    // A whole number from 0 to `most`.
    uint64_t number(const json& value, const std::string& what, uint64_t most) {
        if (failed()) return 0;
        const bool whole = value.is_number_unsigned() || (value.is_number_integer() && value.get<int64_t>() >= 0);
        if (!whole) {
            fail(what + " should be a whole number, not " + kind_of(value));
            return 0;
        }
        const uint64_t n = value.get<uint64_t>();
        if (n > most) {
            fail(what + " is " + std::to_string(n) + ", more than " + std::to_string(most));
            return 0;
        }
        return n;
    }

    // Any number; 0 when absent.
    double real(const json& object, const char* key, const std::string& where) {
        if (failed()) return 0;
        const auto it = object.find(key);
        if (it == object.end()) return 0;
        if (!it->is_number()) {
            fail(where + "'s \"" + key + "\" should be a number, not " + kind_of(*it));
            return 0;
        }
        return it->get<double>();
    }

    bool flag(const json& object, const char* key, const std::string& where) {
        const json* value = field(object, key, where, json::value_t::boolean, "true or false", false);
        return value && value->get<bool>();
    }

    const json& list(const json& object, const char* key, const std::string& where, bool required = true) {
        const json* value = field(object, key, where, json::value_t::array, "a list", required);
        return value ? *value : empty_list_;
    }

    AlignMode mode(const json& object, const std::string& where) {
        const std::string name = text(object, "mode", where);
        if (failed()) return AlignMode::Auto;
        if (const auto parsed = parse_align_mode(name)) return *parsed;
        fail(where + "'s mode \"" + name + "\" is none of auto, parallel, comparable");
        return AlignMode::Auto;
    }

    ArticleId id(const json& object, const char* key, const std::string& where) {
        return ArticleId{static_cast<uint32_t>(count(object, key, where, std::numeric_limits<uint32_t>::max() - 1))};
    }

private:
    std::optional<Error> error_;
    const json empty_list_ = json::array();
};

std::optional<Error> check_identity(const json& root) {
    const char* not_ours = "This is not a Synoptic session file";
    if (!root.is_object()) return Error{std::string(not_ours) + " (it holds " + kind_of(root) + ", not a set of fields)."};
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string())
        return Error{std::string(not_ours) + " (it does not say \"format\": \"" + kSessionFormat + "\")."};
    if (*format != kSessionFormat)
        return Error{std::string(not_ours) + ": it says it is a \"" + format->get<std::string>() + "\" file."};
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<int64_t>() < 1)
        return Error{"This session file is damaged: it does not say which version of the format it uses."};
    if (version->get<int64_t>() > kSessionVersion)
        return Error{"This session file was saved by a newer Synoptic (session format version " +
                     std::to_string(version->get<int64_t>()) + "); this one opens version " +
                     std::to_string(kSessionVersion) + ". Open it with a newer Synoptic."};
    return std::nullopt;
}

DocumentArticle read_article_entry(FieldReader& reader, const json& entry, const std::string& where) {
    DocumentArticle article;
    if (!entry.is_object()) {
        reader.fail(where + " should be a set of fields, not " + kind_of(entry));
        return article;
    }
    article.id = ArticleId{static_cast<uint32_t>(
        reader.count(entry, "id", where, std::numeric_limits<uint32_t>::max() - 1))};
    article.name = reader.text(entry, "name", where);
    const std::string format = reader.text(entry, "format", where);
    if (const auto parsed = parse_input_format(format)) article.format = *parsed;
    else reader.fail(where + "'s \"format\" is \"" + format + "\", not text, html or markdown");
    article.language = reader.text(entry, "language", where, false);
    const std::string base64 = reader.text(entry, "bytes", where);
    if (reader.failed()) return article;
    std::optional<std::string> bytes = decode_base64(base64);
    if (!bytes) reader.fail(where + "'s \"bytes\" are not base64");
    else article.bytes = std::make_shared<const std::string>(std::move(*bytes));
    return article;
}

Row read_row(FieldReader& reader, const json& entry, const std::string& where) {
    Row row;
    if (!entry.is_object()) {
        reader.fail(where + " should be a set of fields, not " + kind_of(entry));
        return row;
    }
    for (const json& column : reader.list(entry, "sentences", where)) {
        if (!column.is_array()) {
            reader.fail(where + "'s \"sentences\" should hold a list per compared article, not " + kind_of(column));
            return row;
        }
        std::vector<uint32_t>& sentences = row.sentences.emplace_back();
        sentences.reserve(column.size());
        for (const json& sentence : column)
            sentences.push_back(static_cast<uint32_t>(
                reader.number(sentence, "a sentence number in " + where, std::numeric_limits<uint32_t>::max())));
    }
    row.score = reader.real(entry, "score", where);
    row.edited = reader.flag(entry, "edited", where);
    row.checked = reader.flag(entry, "checked", where);
    return row;
}

} // namespace

std::string write_session(const Document& document) {
    const DocumentState& state = document.state();
    std::vector<uint32_t> compared;
    for (ArticleId id : state.compared) compared.push_back(id_number(id));
    ordered_json head{{"format", kSessionFormat},
                      {"version", kSessionVersion},
                      {"next_id", document.next_id()},
                      {"mode", align_mode_name(state.mode)},
                      {"compared", compared},
                      {"needs_alignment", state.needs_alignment}};
    // Since sessions of version 1 could be saved without them, both lists may be absent.
    head["pair_modes"] = ordered_json::array();
    for (const PairMode& pair : state.pair_modes) head["pair_modes"].push_back(pair_mode_json(pair));
    head["pairs"] = ordered_json::array();
    for (const PairOutcome& pair : state.pair_outcomes) head["pairs"].push_back(pair_outcome_json(pair));
    std::string out = dump(head);
    out.pop_back(); // the closing brace: the lists follow
    out += ",\n\"articles\":";
    write_lines(out, state.articles, article_json);
    out += ",\n\"rows\":";
    write_lines(out, state.rows, row_json);
    out += "}\n";
    return out;
}

Result<Document> read_session(std::string_view text) {
    if (text.size() > kMaxSessionBytes) {
        char message[200];
        std::snprintf(message, sizeof message, "This session file is %.1f MB; Synoptic opens session files of up to %zu MB.",
                      double(text.size()) / 1048576.0, kMaxSessionBytes >> 20);
        return Error{message};
    }
    Result<json> parsed = parse_json(text, kMaxSessionDepth);
    if (!parsed) return Error{"This is not a Synoptic session file, or it is damaged: " + parsed.error().message + "."};
    const json& root = *parsed;
    if (auto error = check_identity(root)) return *error;

    FieldReader reader;
    DocumentState state;
    const std::string file = "the file";
    state.mode = reader.mode(root, file);
    const json& pair_modes = reader.list(root, "pair_modes", file, false);
    for (size_t i = 0; i < pair_modes.size() && !reader.failed(); ++i) {
        const std::string where = "pair mode " + std::to_string(i + 1);
        if (!pair_modes[i].is_object()) reader.fail(where + " should be a set of fields, not " + kind_of(pair_modes[i]));
        else state.pair_modes.push_back({reader.id(pair_modes[i], "first", where), reader.id(pair_modes[i], "second", where),
                                         reader.mode(pair_modes[i], where)});
    }
    const json& pairs = reader.list(root, "pairs", file, false);
    for (size_t i = 0; i < pairs.size() && !reader.failed(); ++i) {
        const std::string where = "pair " + std::to_string(i + 1);
        if (!pairs[i].is_object()) reader.fail(where + " should be a set of fields, not " + kind_of(pairs[i]));
        else state.pair_outcomes.push_back({reader.id(pairs[i], "first", where), reader.id(pairs[i], "second", where),
                                            reader.mode(pairs[i], where), reader.text(pairs[i], "reason", where)});
    }
    state.needs_alignment = reader.flag(root, "needs_alignment", file);
    for (const json& id : reader.list(root, "compared", file))
        state.compared.push_back(ArticleId{static_cast<uint32_t>(
            reader.number(id, "a compared article's id", std::numeric_limits<uint32_t>::max() - 1))});
    const json& articles = reader.list(root, "articles", file);
    for (size_t i = 0; i < articles.size() && !reader.failed(); ++i)
        state.articles.push_back(read_article_entry(reader, articles[i], "article " + std::to_string(i + 1)));
    const json& rows = reader.list(root, "rows", file);
    state.rows.reserve(rows.size());
    for (size_t r = 0; r < rows.size() && !reader.failed(); ++r)
        state.rows.push_back(read_row(reader, rows[r], "row " + std::to_string(r + 1)));
    uint32_t most_id = 0;
    for (const DocumentArticle& article : state.articles) most_id = std::max(most_id, id_number(article.id));
    const uint64_t next_id = reader.count(root, "next_id", file, std::numeric_limits<uint32_t>::max(), false);
    if (reader.failed()) return reader.error();

    Result<Document> document = Document::open(std::move(state), next_id ? uint32_t(next_id) : most_id + 1);
    if (!document) {
        std::string why = document.error().message;
        if (!why.empty() && why.back() == '.') why.pop_back();
        return Error{"This session file is damaged: " + why + "."};
    }
    return document;
}

} // namespace synoptic
