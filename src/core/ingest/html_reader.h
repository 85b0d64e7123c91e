// The HTML reader: a page saved from a news site, parsed with Gumbo (an
// HTML5 parser), reduced to the article: headings, paragraphs, block quotes,
// list items and captions of the article body, without scripts, styles,
// menus, share bars, related links, forms, headers and footers, nor the
// dateline and view counters (page_furniture.h). Metadata from <title>,
// og:/article: meta tags, <time datetime>, the dateline, author, <html lang>.
#pragma once
#include <string_view>

#include "core/base/result.h"
#include "core/ingest/article.h"

namespace synoptic {

// Sets article.text (the extracted paragraphs, separated by blank lines),
// article.paragraphs and article.meta from decoded UTF-8 `html`. Fails when
// the page holds no article text.
Result<bool> read_html(std::string_view html, Article& article);

// True when decoded text looks like an HTML document rather than text.
bool looks_like_html(std::string_view text);

} // namespace synoptic
