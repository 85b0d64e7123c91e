// The plain-text reader: paragraphs of text pasted or saved as .txt, and
// the seeds' header line (" date YYYY-MM-DD Title", where the title may be a
// language tag such as "РУ") read as metadata.
#pragma once
#include "core/ingest/article.h"

namespace synoptic {

// Reads article.text (decoded, LF line ends) into article.meta and
// article.paragraphs. Paragraph 0 is the title whenever one is known: the
// header's title (its span lies inside the header line) or the first line.
void read_plain_text(Article& article);

} // namespace synoptic
