#include "core/ingest/read_article.h"

#include "core/ingest/html_reader.h"
#include "core/ingest/markdown_reader.h"
#include "core/ingest/plain_text_reader.h"
#include "core/langid/article_languages.h"
#include "core/segment/sentence_splitter.h"
#include "core/text/decode.h"

namespace synoptic {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    for (size_t i = 0; i < suffix.size(); ++i) {
        char c = s[s.size() - suffix.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

InputFormat choose_format(const ReadOptions& options, std::string_view text) {
    if (options.format != InputFormat::Auto) return options.format;
    const std::string& name = options.name;
    if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml")) return InputFormat::Html;
    if (ends_with(name, ".md") || ends_with(name, ".markdown")) return InputFormat::Markdown;
    if (ends_with(name, ".txt")) return InputFormat::PlainText;
    if (looks_like_html(text)) return InputFormat::Html;
    if (looks_like_markdown(text)) return InputFormat::Markdown;
    return InputFormat::PlainText;
}

} // namespace

Result<Article> read_article(std::string_view bytes, const ReadOptions& options) {
    Result<DecodedText> decoded = decode_text(bytes);
    if (!decoded) return decoded.error();
    Article article;
    article.name = options.name;
    article.warnings = std::move(decoded->warnings);
    article.format = choose_format(options, decoded->text);
    switch (article.format) {
    case InputFormat::Html: {
        Result<bool> read = read_html(decoded->text, article);
        if (!read) return read.error();
        break;
    }
    case InputFormat::Markdown:
        read_markdown(decoded->text, article);
        break;
    default:
        article.text = std::move(decoded->text);
        read_plain_text(article);
        break;
    }
    if (article.paragraphs.empty()) return Error{"no article text found"};
    identify_article_languages(article, options.language);
    segment_article(article);
    return article;
}

const char* input_format_name(InputFormat format) {
    switch (format) {
    case InputFormat::Auto: return "auto";
    case InputFormat::PlainText: return "text";
    case InputFormat::Html: return "html";
    case InputFormat::Markdown: return "markdown";
    }
    return "auto";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
    for (InputFormat format : {InputFormat::Auto, InputFormat::PlainText, InputFormat::Html, InputFormat::Markdown})
        if (name == input_format_name(format)) return format;
    return std::nullopt;
}

} // namespace synoptic
