// Sentences a reader would cut: ICU's BreakIterator per language plus the
// corrections news text needs (datelines, abbreviations, tweets, dialogue).
#pragma once
#include <string_view>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic {

// Byte spans of the sentences of one paragraph of `text`, in order.
std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan paragraph,
                                      std::string_view language);

// Fills article.sentences from article.paragraphs.
void segment_article(Article& article);

} // namespace synoptic
