// Writing an alignment of two articles out: the formats of `synoptic align`
// and of the page's export menu. Every writer is a pure function of the
// articles and the alignment.
#pragma once
#include <string>
#include <string_view>

#include "core/align/alignment.h"
#include "core/ingest/article.h"

namespace synoptic {

enum class AlignmentFormat { Beads, Links, Tsv, Json, Tmx };

// "beads" | "links" | "tsv" | "json" | "tmx"; false when unknown.
bool parse_alignment_format(std::string_view name, AlignmentFormat& format);

// vecalign/Bleualign beads, one a line; in comparable mode (no beads) the
// links are turned into beads first (see beads_from_links).
std::string export_beads(const Alignment& alignment);
// i<TAB>j<TAB>score, one link a line.
std::string export_links(const Alignment& alignment);
// A text<TAB>B text, one bead (or link) a line; tabs and line breaks in the
// text become spaces.
std::string export_tsv(const Article& a, const Article& b, const Alignment& alignment);
// The mode, its reason, beads and links with their sentences' text.
std::string export_json(const Article& a, const Article& b, const Alignment& alignment);
// TMX 1.4: one translation unit per bead (or link) with both sides non-empty.
std::string export_tmx(const Article& a, const Article& b, const Alignment& alignment);

std::string export_alignment(AlignmentFormat format, const Article& a, const Article& b, const Alignment& alignment);

// Text with &, <, >, " and ' escaped and the characters XML 1.0 forbids dropped.
std::string xml_escape(std::string_view text);

// Comparable links as beads covering every sentence of both sides, for the
// bead format: each link's pair becomes a bead, grouped by connected
// component, with unlinked sentences as 1-0 and 0-1 beads. Not monotonic.
std::vector<Bead> beads_from_links(const Alignment& alignment, uint32_t sentences_a, uint32_t sentences_b);

} // namespace synoptic
