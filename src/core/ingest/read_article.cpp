#include "core/ingest/read_article.h"

#include "core/ingest/plain_text_reader.h"
#include "core/langid/article_languages.h"
#include "core/segment/sentence_splitter.h"
#include "core/text/decode.h"

namespace synoptic {

Result<Article> read_article(std::string_view bytes, const ReadOptions& options) {
    Result<DecodedText> decoded = decode_text(bytes);
    if (!decoded) return decoded.error();
    Article article;
    article.name = options.name;
    article.text = std::move(decoded->text);
    article.warnings = std::move(decoded->warnings);
    read_plain_text(article);
    if (article.paragraphs.empty()) return Error{"no article text found"};
    identify_article_languages(article, options.language);
    segment_article(article);
    return article;
}

} // namespace synoptic
