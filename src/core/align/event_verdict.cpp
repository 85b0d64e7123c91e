#include "core/align/event_verdict.h"

#include <cstdlib>
#include <set>

namespace synoptic {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil).
long days_from_civil(long y, long m, long d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool parse_iso_date(std::string_view iso, long& days) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (iso[i] < '0' || iso[i] > '9') return false;
    const auto number = [&](size_t from, size_t length) { return std::atol(std::string(iso.substr(from, length)).c_str()); };
    const long y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (m < 1 || m > 12 || d < 1 || d > 31) return false;
    days = days_from_civil(y, m, d);
    return true;
}

} // namespace

long days_apart(std::string_view first_iso, std::string_view second_iso) {
    long a = 0, b = 0;
    if (!parse_iso_date(first_iso, a) || !parse_iso_date(second_iso, b)) return -1;
    return std::labs(a - b);
}

PairEvents judge_pair(const Article& first, const Article& second, double share) {
    PairEvents out;
    out.first_date = first.meta.date;
    out.second_date = second.meta.date;
    out.days_apart = days_apart(first.meta.date, second.meta.date);
    out.linked_share = share;
    out.different_events = out.days_apart > kMaxDaysApartOfOneEvent && share < kMaxLinkedShareOfDifferentEvents;
    return out;
}

double linked_share(const Alignment& alignment, size_t first_sentences, size_t second_sentences) {
    if (first_sentences + second_sentences == 0) return 0;
    std::set<uint32_t> a, b;
    for (const Link& link : alignment.links) {
        a.insert(link.a);
        b.insert(link.b);
    }
    return double(a.size() + b.size()) / double(first_sentences + second_sentences);
}

EventVerdict judge_events(const std::vector<const Article*>& articles, const std::vector<AlignedRow>& rows) {
    EventVerdict verdict;
    for (uint32_t i = 0; i < articles.size(); ++i)
        for (uint32_t j = i + 1; j < articles.size(); ++j) {
            size_t linked = 0;
            for (const AlignedRow& row : rows)
                if (i < row.sentences.size() && j < row.sentences.size() && !row.sentences[i].empty() &&
                    !row.sentences[j].empty())
                    linked += row.sentences[i].size() + row.sentences[j].size();
            const size_t total = articles[i]->sentences.size() + articles[j]->sentences.size();
            PairEvents pair = judge_pair(*articles[i], *articles[j], total ? double(linked) / double(total) : 0);
            pair.first = i;
            pair.second = j;
            if (pair.different_events && !verdict.different_events) {
                verdict.different_events = true;
                verdict.example = pair;
            }
            verdict.pairs.push_back(std::move(pair));
        }
    return verdict;
}

} // namespace synoptic
