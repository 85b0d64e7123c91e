// The Markdown reader: headings, paragraphs (blank-line separated, soft
// wrapped lines joined), list items and block quotes become paragraphs;
// emphasis markers, code ticks and link syntax are reduced to their text.
// A YAML front matter block gives title, date, source and author.
#pragma once
#include <string_view>

#include "core/ingest/article.h"

namespace synoptic {

// Sets article.text (the paragraphs without markup, separated by blank
// lines), article.paragraphs and article.meta from decoded `markdown`.
void read_markdown(std::string_view markdown, Article& article);

// Inline Markdown reduced to text: "**a** [b](http://x) `c`" -> "a b c".
// Emphasis markers go when they pair as CommonMark pairs them
// (markdown_emphasis.h): "**Etiketler:** İran" -> "Etiketler: İran", while
// snake_case, 2*3 and an unpaired "**" keep their characters.
std::string strip_inline_markdown(std::string_view line);

// True when decoded text shows Markdown structure (ATX headings with links
// or emphasis, front matter).
bool looks_like_markdown(std::string_view text);

} // namespace synoptic
