// Whether compared reports are about one event. Two outlets' reports of one
// event share claims; reports of two events share only their topic (Iran,
// the US, talks), which the aligner can mistake for claims. Their dates say
// what the words cannot: reports published months apart, of which little
// links, are about different events, and a reader must be told so instead
// of being shown their topic words as shared rows.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/align/multi_alignment.h"
#include "core/ingest/article.h"

namespace synoptic {

// Past this many days apart, two reports of one event would be follow-ups,
// not reports of it (a news event is reported within days).
constexpr long kMaxDaysApartOfOneEvent = 30;
// Reports of one event link much of what they say; reports of different
// events link little, and only through their common topic.
constexpr double kMaxLinkedShareOfDifferentEvents = 0.5;

struct PairEvents {
    uint32_t first = 0, second = 0; // article indices
    std::string first_date, second_date; // published (YYYY-MM-DD), "" when unknown
    long days_apart = -1;                 // -1: a date is unknown
    double linked_share = 0;              // sentences of both in links, of all their sentences
    bool different_events = false;
};

struct EventVerdict {
    std::vector<PairEvents> pairs;
    // Some pair of the comparison reports different events; `example` is
    // the first such pair (for "18 May 2024 and 7 February 2026").
    bool different_events = false;
    PairEvents example;
};

// Days from one ISO date (YYYY-MM-DD, or a longer timestamp) to another;
// -1 when either is not such a date.
long days_apart(std::string_view first_iso, std::string_view second_iso);

// A pair's verdict from the articles' dates and the share of their
// sentences that the alignment links.
PairEvents judge_pair(const Article& first, const Article& second, double linked_share);

// The share of two articles' sentences that links join (each sentence once).
double linked_share(const Alignment& alignment, size_t first_sentences, size_t second_sentences);

// The verdict over rows (as the reader has them): a pair's linked share is
// the share of its sentences in rows that hold both.
EventVerdict judge_events(const std::vector<const Article*>& articles, const std::vector<AlignedRow>& rows);

} // namespace synoptic
