// Paragraphs of plain text. Blank lines always separate paragraphs; inside a
// block, each line is a paragraph too (news copied from a page has one
// paragraph a line, as in the seeds), unless the line break is a soft wrap:
// the line does not end a sentence and the next one starts in lower case.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic {

// Paragraph spans inside `region` of `text`, trimmed of surrounding
// whitespace (indentation included), in order.
std::vector<ByteSpan> split_paragraphs(std::string_view text, ByteSpan region);

// `span` without leading and trailing whitespace (ASCII, NBSP, ideographic).
ByteSpan trim_span(std::string_view text, ByteSpan span);

// For readers that find the paragraphs in markup (HTML, Markdown): sets
// article.text to `blocks` separated by blank lines and appends one
// paragraph per block, its language still "und".
void set_text_from_blocks(const std::vector<std::string>& blocks, Article& article);

} // namespace synoptic
