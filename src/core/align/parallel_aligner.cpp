#include "core/align/parallel_aligner.h"

#include <algorithm>
#include <iterator>
#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace synoptic {
namespace {

// Merged features of runs of 2 and 3 consecutive sentences, built on demand
// and forgotten once the search has moved past them, so memory follows the
// band, not the text.
class MergedRuns {
public:
    explicit MergedRuns(const std::vector<SentenceFeatures>& sentences) : single_(sentences) {}
    const SentenceFeatures& get(size_t begin, size_t count) {
        if (count == 1) return single_[begin];
        const uint64_t key = (static_cast<uint64_t>(begin) << 2) | count;
        auto it = runs_.find(key);
        if (it == runs_.end()) it = runs_.emplace(key, merge_features(single_, begin, count)).first;
        return it->second;
    }
    // Drops runs starting before `begin`.
    void forget_before(size_t begin) {
        if (begin <= forgotten_ + 64) return; // in batches
        for (auto it = runs_.begin(); it != runs_.end();)
            it = (it->first >> 2) < begin ? runs_.erase(it) : std::next(it);
        forgotten_ = begin;
    }

private:
    const std::vector<SentenceFeatures>& single_;
    std::unordered_map<uint64_t, SentenceFeatures> runs_;
    size_t forgotten_ = 0;
};

} // namespace

SentenceFeatures merge_features(const std::vector<SentenceFeatures>& sentences, size_t begin, size_t count) {
    // append_features keeps the hashed key sets and their weights, so
    // similarity_score need not re-index the merged run on every call.
    if (begin >= sentences.size() || count == 0) return {};
    SentenceFeatures merged = sentences[begin];
    for (size_t k = begin + 1; k < begin + count && k < sentences.size(); ++k) append_features(merged, sentences[k]);
    return merged;
}

double log_length_prior(double la, double lb, double ratio, double variance) {
    if (la <= 0 && lb <= 0) return 0;
    const double mean = (la + lb / ratio) / 2;
    const double delta = std::fabs(lb - ratio * la) / std::sqrt(variance * std::max(mean, 1.0));
    // log(2 (1 - Phi(delta))) = log erfc(delta / sqrt 2), with the asymptote
    // where erfc underflows.
    const double z = delta / std::sqrt(2.0);
    if (z < 20) return std::log(std::max(std::erfc(z), 1e-300));
    return -z * z - std::log(z * std::sqrt(M_PI));
}

std::vector<WeightedPoint> shared_rare_keys(const std::vector<SentenceFeatures>& a,
                                            const std::vector<SentenceFeatures>& b, size_t max_occurrences) {
    // One table per kind of key (anchor kinds, glossary meanings, Latin
    // keys), keyed by views into the features: no string is built.
    constexpr size_t kTables = 9;
    using Table = std::unordered_map<std::string_view, std::vector<uint32_t>>;
    auto each_key = [](const SentenceFeatures& f, auto&& visit) {
        thread_local std::vector<std::pair<size_t, std::string_view>> keys;
        keys.clear();
        for (const Anchor& anchor : f.anchors)
            keys.emplace_back(std::min<size_t>(static_cast<size_t>(anchor.kind), kTables - 3), anchor.key);
        for (const std::string& g : f.glosses) keys.emplace_back(kTables - 2, g);
        for (const std::string& k : f.latin_keys) keys.emplace_back(kTables - 1, k);
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const auto& [table, key] : keys) visit(table, key);
    };
    Table where_a[kTables], where_b[kTables];
    for (uint32_t i = 0; i < a.size(); ++i)
        each_key(a[i], [&](size_t t, std::string_view key) { where_a[t][key].push_back(i); });
    for (uint32_t j = 0; j < b.size(); ++j)
        each_key(b[j], [&](size_t t, std::string_view key) {
            auto it = where_a[t].find(key);
            if (it != where_a[t].end() && it->second.size() <= max_occurrences) where_b[t][key].push_back(j);
        });
    std::unordered_map<uint64_t, double> weight;
    for (size_t t = 0; t < kTables; ++t)
        for (const auto& [key, bs] : where_b[t]) {
            if (bs.size() > max_occurrences) continue;
            const auto& as = where_a[t][key];
            const double w = 1.0 / static_cast<double>(as.size() * bs.size());
            for (uint32_t i : as)
                for (uint32_t j : bs) weight[(static_cast<uint64_t>(i) << 32) | j] += w;
        }
    std::vector<WeightedPoint> points;
    points.reserve(weight.size());
    for (const auto& [ij, w] : weight)
        points.push_back({static_cast<uint32_t>(ij >> 32), static_cast<uint32_t>(ij & 0xFFFFFFFFu), w});
    // Deterministic order whatever the hash table did.
    std::sort(points.begin(), points.end(),
              [](const WeightedPoint& x, const WeightedPoint& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    return points;
}

double estimate_length_ratio(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                             const FeatureSimilarity& similarity) {
    return estimate_length_ratio(a, b, similarity, monotonic_chain(shared_rare_keys(a, b)));
}

double estimate_length_ratio(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                             const FeatureSimilarity& similarity, const std::vector<AnchorPoint>& chain) {
    double total_a = 0, total_b = 0;
    for (const auto& f : a) total_a += f.length_chars;
    for (const auto& f : b) total_b += f.length_chars;
    const double from_totals = total_a > 0 && total_b > 0 ? total_b / total_a : 1.0;
    std::vector<double> ratios;
    for (const AnchorPoint& p : chain) {
        const SentenceFeatures &x = a[p.a], &y = b[p.b];
        if (x.length_chars < 20 || y.length_chars < 20) continue;
        if (similarity(x, y) < 0.8) continue;
        ratios.push_back(static_cast<double>(y.length_chars) / x.length_chars);
    }
    if (ratios.size() < 5) return from_totals;
    std::nth_element(ratios.begin(), ratios.begin() + static_cast<std::ptrdiff_t>(ratios.size() / 2), ratios.end());
    return ratios[ratios.size() / 2];
}

std::vector<bool> repeated_sentences(const std::vector<SentenceFeatures>& sentences) {
    std::vector<bool> repeated(sentences.size(), false);
    std::map<std::string, size_t> seen;
    for (size_t i = 0; i < sentences.size(); ++i) {
        const SentenceFeatures& f = sentences[i];
        if (f.stems.empty() && f.latin_keys.empty()) continue;
        std::string key = std::to_string(f.length_chars);
        for (const auto& s : f.stems) key += "\x1f" + s;
        key += "\x1e";
        for (const auto& k : f.latin_keys) key += "\x1f" + k;
        auto [it, first] = seen.emplace(key, i);
        // Every copy: a byline printed twice is boilerplate both times.
        if (!first) repeated[i] = repeated[it->second] = true;
    }
    return repeated;
}

Alignment align_parallel(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const FeatureSimilarity& similarity, const ParallelOptions& options,
                         const SkipHints& hints) {
    const auto n_a = static_cast<uint32_t>(a.size()), n_b = static_cast<uint32_t>(b.size());
    Alignment alignment;
    alignment.mode = AlignMode::Parallel;

    const size_t full_cells = static_cast<size_t>(n_a + 1) * (n_b + 1);
    const bool exact_search = full_cells <= options.exact_search_cells;
    // Rare shared keys: the coarse path for the band, and confident pairs for the length ratio.
    const std::vector<AnchorPoint> chain = monotonic_chain(shared_rare_keys(a, b));
    const double ratio = estimate_length_ratio(a, b, similarity, chain);
    std::vector<bool> repeated_a = repeated_sentences(a), repeated_b = repeated_sentences(b);
    for (size_t k = 0; k < hints.a.size() && k < repeated_a.size(); ++k) repeated_a[k] = repeated_a[k] || hints.a[k];
    for (size_t k = 0; k < hints.b.size() && k < repeated_b.size(); ++k) repeated_b[k] = repeated_b[k] || hints.b[k];
    auto skip_gain = [&](uint32_t a0, uint32_t na, uint32_t b0, uint32_t nb) {
        double g = 0;
        for (uint32_t k = a0; k < a0 + na; ++k)
            g += repeated_a[k] ? options.log_prior_skip_repeat : options.log_prior_skip;
        for (uint32_t k = b0; k < b0 + nb; ++k)
            g += repeated_b[k] ? options.log_prior_skip_repeat : options.log_prior_skip;
        return g;
    };

    MergedRuns runs_a(a), runs_b(b);
    auto bead_similarity = [&](uint32_t a0, uint32_t na, uint32_t b0, uint32_t nb) {
        return similarity(runs_a.get(a0, na), runs_b.get(b0, nb));
    };
    std::vector<double> prefix_a(n_a + 1, 0), prefix_b(n_b + 1, 0);
    for (uint32_t i = 0; i < n_a; ++i) prefix_a[i + 1] = prefix_a[i] + a[i].length_chars;
    for (uint32_t j = 0; j < n_b; ++j) prefix_b[j + 1] = prefix_b[j] + b[j].length_chars;
    auto shape_prior = [&](uint32_t na, uint32_t nb) {
        if (na == 1 && nb == 1) return 0.0;
        if (na + nb == 3) return options.log_prior_one_two;
        if (na == 2 && nb == 2) return options.log_prior_two_two;
        return options.log_prior_one_three;
    };
    // Everything but the similarity: cheap, and with the best possible
    // similarity it bounds the gain, which lets the search skip most
    // similarity calls off the path.
    auto gain_without_similarity = [&](uint32_t a0, uint32_t na, uint32_t b0, uint32_t nb) {
        const double la = prefix_a[a0 + na] - prefix_a[a0], lb = prefix_b[b0 + nb] - prefix_b[b0];
        return shape_prior(na, nb) + options.length_weight * log_length_prior(la, lb, ratio, options.length_variance) -
               options.similarity_weight * options.similarity_floor;
    };
    BeadGain gain = [&](uint32_t a0, uint32_t na, uint32_t b0, uint32_t nb) {
        if (na == 0 || nb == 0) return skip_gain(a0, na, b0, nb);
        return gain_without_similarity(a0, na, b0, nb) + options.similarity_weight * bead_similarity(a0, na, b0, nb);
    };
    Band band;
    BeadGain upper_bound = [&](uint32_t a0, uint32_t na, uint32_t b0, uint32_t nb) {
        if (na == 0 || nb == 0) return skip_gain(a0, na, b0, nb);
        // Rows come in order: runs far behind the current row are done with.
        runs_a.forget_before(a0 >= 4 ? a0 - 4 : 0);
        const uint32_t lo = band.lo[a0];
        runs_b.forget_before(lo >= 4 ? lo - 4 : 0);
        return gain_without_similarity(a0, na, b0, nb) + options.similarity_weight;
    };

    if (exact_search) {
        band = full_band(n_a, n_b);
        alignment.mode_reason = "exact search";
    } else {
        band = make_band(n_a, n_b, chain, options.band_width, options.band_gap_widening, options.band_max_width);
        alignment.mode_reason = "banded search around " + std::to_string(chain.size()) + " anchors (" +
                                std::to_string(band.cells()) + " cells)";
    }
    const bool exact = band.cells() == full_cells;
    alignment.beads = search_beads(n_a, n_b, gain, band, default_bead_shapes(), upper_bound, exact ? 0 : options.beam);
    for (Bead& bead : alignment.beads) {
        if (bead.a.empty() || bead.b.empty()) {
            bead.score = 0;
            continue;
        }
        bead.score = bead_similarity(bead.a.front(), static_cast<uint32_t>(bead.a.size()), bead.b.front(),
                                     static_cast<uint32_t>(bead.b.size()));
        for (uint32_t i : bead.a)
            for (uint32_t j : bead.b) alignment.links.push_back({i, j, bead.score});
    }
    return alignment;
}

} // namespace synoptic
