#include "core/compare/fact_marks.h"

#include <algorithm>

#include "core/compare/fact_anchors.h"
#include "core/text/utf8.h"

namespace synoptic {

void append_fact_marks(const Comparison& comparison, size_t row, const Article& article,
                       const SentenceFeatures& features, uint32_t sentence, std::vector<FactMark>& out) {
    if (row >= comparison.row_facts.size() || sentence >= article.sentences.size()) return;
    const ByteSpan span = article.sentences[sentence].span;
    for_each_fact_anchor(article.text, features.anchors, [&](const Anchor& anchor, ByteSpan written) {
        if (written.begin < span.begin || written.end > span.end || written.end <= written.begin) return;
        const std::vector<RowFact>& facts = comparison.row_facts[row];
        const auto found = std::find_if(facts.begin(), facts.end(), [&](const RowFact& f) {
            const Fact& fact = comparison.facts[f.fact];
            return fact.kind == anchor.kind && fact.key == anchor.key;
        });
        if (found == facts.end()) return;
        const auto code_points = [&](uint32_t from, uint32_t to) {
            return static_cast<uint32_t>(count_code_points(article.slice({from, to})));
        };
        const uint32_t start = code_points(span.begin, written.begin);
        out.push_back({start, start + code_points(written.begin, written.end), found->fact, found->status});
    });
}

} // namespace synoptic
