// Sentences a reader would cut: ICU's BreakIterator per language plus the
// corrections news text needs (datelines, abbreviations, tweets, dialogue).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic {

// Byte spans of the sentences of one paragraph of `text`, in order. Spans
// exclude surrounding whitespace; a paragraph of only whitespace has none.
std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan paragraph,
                                      std::string_view language);

// Fills article.sentences from article.paragraphs (each with its language).
// Paragraph 0, when it is the title (article.meta.title), is one sentence.
void segment_article(Article& article);

// The ICU locale the splitter uses for a language ("en" -> "en@ss=standard").
std::string sentence_break_locale(std::string_view language);

} // namespace synoptic
