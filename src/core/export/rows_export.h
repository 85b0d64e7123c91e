// The rows of a comparison written out as the reader shows them, the user's
// edits included: TSV for spreadsheets (one line per row, one column per
// compared article) and TMX 1.4 for translation memories (one unit per row).
// Pure functions of the articles (in column order) and the rows.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/align/multi_alignment.h"
#include "core/ingest/article.h"

namespace synoptic {

// One TSV field quoted as RFC 4180 asks: a field holding a quote, a tab, a
// CR or a LF is put in quotes, with each quote doubled; others stay as they are.
std::string tsv_field(std::string_view text);

// A header line of the articles' names, then one line per row: in each
// article's column its sentences of that row joined by a space ("" when
// it has none there).
std::string rows_tsv(const std::vector<Article>& articles, const std::vector<AlignedRow>& rows);

// One <tu> per row, with one <tuv xml:lang="…"> per article present in it.
std::string rows_tmx(const std::vector<Article>& articles, const std::vector<AlignedRow>& rows);

} // namespace synoptic
