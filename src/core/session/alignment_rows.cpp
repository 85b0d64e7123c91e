#include "core/session/alignment_rows.h"

#include <algorithm>

namespace synoptic {
namespace {

constexpr size_t kNoRow = SIZE_MAX;

struct KeptPlacement {
    size_t after_computed = kNoRow; // the computed row it follows (kNoRow: the very beginning)
    size_t after_kept = kNoRow;     // or the kept row it follows
};

} // namespace

std::vector<Row> rows_from_alignment(const MultiAlignment& alignment) {
    std::vector<Row> rows;
    rows.reserve(alignment.rows.size());
    for (const AlignedRow& aligned : alignment.rows) {
        Row row;
        static_cast<AlignedRow&>(row) = aligned;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<Row> rows_from_comparison(const Comparison& comparison) { return rows_from_alignment(comparison.alignment); }

std::vector<Row> merge_alignment(const std::vector<Row>& current, std::vector<Row> computed,
                                 const std::vector<uint32_t>& sentence_counts) {
    const size_t columns = sentence_counts.size();
    std::vector<const Row*> kept;
    for (const Row& row : current)
        if (row.kept_on_alignment()) kept.push_back(&row);
    if (kept.empty()) return computed;

    // Per column and sentence: the kept row holding it, if any.
    std::vector<std::vector<size_t>> kept_row_of(columns);
    for (size_t k = 0; k < columns; ++k) kept_row_of[k].assign(sentence_counts[k], kNoRow);
    for (size_t i = 0; i < kept.size(); ++i)
        for (size_t k = 0; k < columns; ++k)
            for (uint32_t s : kept[i]->sentences[k]) kept_row_of[k][s] = i;

    // Computed rows without the kept sentences; rows left empty go.
    std::vector<Row> remaining;
    remaining.reserve(computed.size());
    for (Row& row : computed) {
        for (size_t k = 0; k < columns; ++k) {
            std::vector<uint32_t>& sentences = row.sentences[k];
            sentences.erase(std::remove_if(sentences.begin(), sentences.end(),
                                           [&](uint32_t s) { return kept_row_of[k][s] != kNoRow; }),
                            sentences.end());
        }
        if (row.articles_present() > 0) remaining.push_back(std::move(row));
    }
    std::vector<std::vector<size_t>> computed_row_of(columns);
    for (size_t k = 0; k < columns; ++k) computed_row_of[k].assign(sentence_counts[k], kNoRow);
    for (size_t r = 0; r < remaining.size(); ++r)
        for (size_t k = 0; k < columns; ++k)
            for (uint32_t s : remaining[r].sentences[k]) computed_row_of[k][s] = r;

    // Where each kept row goes: after the row holding the sentence before its
    // first one, in the leftmost column it holds.
    std::vector<KeptPlacement> placement(kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        size_t k = 0;
        while (kept[i]->sentences[k].empty()) ++k;
        for (uint32_t s = kept[i]->sentences[k].front(); s-- > 0;) {
            if (kept_row_of[k][s] == i) continue;
            if (kept_row_of[k][s] != kNoRow) placement[i].after_kept = kept_row_of[k][s];
            else placement[i].after_computed = computed_row_of[k][s];
            break;
        }
    }
    // Follow chains of kept rows to the computed row they hang from. A kept
    // row follows another only for an earlier sentence of the same or a
    // column further left, so the chains end.
    std::vector<std::vector<size_t>> kept_after(remaining.size() + 1); // [0]: the beginning; [r + 1]: after row r
    std::vector<std::vector<size_t>> kept_after_kept(kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        if (placement[i].after_kept != kNoRow) kept_after_kept[placement[i].after_kept].push_back(i);
        else kept_after[placement[i].after_computed == kNoRow ? 0 : placement[i].after_computed + 1].push_back(i);
    }

    std::vector<Row> merged;
    merged.reserve(remaining.size() + kept.size());
    std::vector<size_t> pending;
    auto emit_kept = [&](const std::vector<size_t>& first) {
        pending.assign(first.rbegin(), first.rend());
        while (!pending.empty()) {
            const size_t i = pending.back();
            pending.pop_back();
            merged.push_back(*kept[i]);
            pending.insert(pending.end(), kept_after_kept[i].rbegin(), kept_after_kept[i].rend());
        }
    };
    emit_kept(kept_after[0]);
    for (size_t r = 0; r < remaining.size(); ++r) {
        merged.push_back(std::move(remaining[r]));
        emit_kept(kept_after[r + 1]);
    }
    return merged;
}

} // namespace synoptic
