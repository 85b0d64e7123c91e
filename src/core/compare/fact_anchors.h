// The anchors of a sentence as a comparison counts its facts. Names written
// together ("Аббас Арагчи", "Abbas Araghchi", "Джаред Кушнер") are one fact,
// a person: known by the last of them, the family name a report repeats on
// its own, and spanning them all, so the Facts tab and the marks in the text
// show the whole name. Every other anchor is a fact of its own.
#pragma once
#include <string_view>
#include <vector>

#include "core/features/sentence_features.h"

namespace synoptic {

// Whether two names are one: the span `second` follows `first` with nothing
// but spaces between them.
bool names_written_together(std::string_view text, ByteSpan first, ByteSpan second);

// Calls visit(keyed, span) for each fact of a sentence: `keyed` is the
// anchor whose kind and key name the fact, `span` where the fact is written
// in `text` (the article's text). Allocates nothing.
template <class Visit>
void for_each_fact_anchor(std::string_view text, const std::vector<Anchor>& anchors, Visit visit) {
    for (const Anchor& anchor : anchors) {
        if (anchor.kind != AnchorKind::Name) {
            visit(anchor, anchor.span);
            continue;
        }
        bool last = true;
        for (const Anchor& next : anchors)
            if (next.kind == AnchorKind::Name && names_written_together(text, anchor.span, next.span)) last = false;
        if (!last) continue; // its fact is the name it starts
        ByteSpan span = anchor.span;
        for (bool extended = true; extended;) {
            extended = false;
            for (const Anchor& before : anchors)
                if (before.kind == AnchorKind::Name && names_written_together(text, before.span, span)) {
                    span.begin = before.span.begin;
                    extended = true;
                }
        }
        visit(anchor, span);
    }
}

} // namespace synoptic
