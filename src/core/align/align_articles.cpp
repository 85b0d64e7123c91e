#include "core/align/align_articles.h"

#include <cstdio>
#include <set>
#include <utility>

#include "core/align/similarity.h"
#include "core/langid/language_identifier.h"

namespace synoptic {
namespace {

// For texts too long for a matrix: the share of rare shared keys that lie on
// one monotonic chain. Translations put nearly all of them there.
AlignMode judge_long_texts(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                           std::string& reason) {
    auto points = shared_rare_keys(a, b);
    double total = 0, on_chain = 0;
    for (const auto& p : points) total += p.weight;
    auto chain = monotonic_chain(points);
    std::vector<Link> links;
    for (const auto& p : chain) links.push_back({p.a, p.b, 1.0});
    ModeEvidence e = mode_evidence(links, static_cast<uint32_t>(a.size()), static_cast<uint32_t>(b.size()));
    std::set<std::pair<uint32_t, uint32_t>> chain_points;
    for (const auto& c : chain) chain_points.insert({c.a, c.b});
    for (const auto& p : points)
        if (chain_points.count({p.a, p.b})) on_chain += p.weight;
    const double share = total > 0 ? on_chain / total : 0;
    const bool parallel = share >= 0.5 && e.count_ratio >= 0.45;
    char buffer[200];
    std::snprintf(buffer, sizeof buffer,
                  "%s (long texts, no matrix): %.0f%% of %zu rare shared keys lie on one monotonic chain, "
                  "sentence count ratio %.2f",
                  parallel ? "parallel" : "comparable", 100 * share, points.size(), e.count_ratio);
    reason = buffer;
    return parallel ? AlignMode::Parallel : AlignMode::Comparable;
}

} // namespace

Alignment align_features(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const AlignOptions& options, const SkipHints& hints) {
    return align_features(a, b, options, hints, [](const SentenceFeatures& x, const SentenceFeatures& y) {
        return similarity_score(x, y);
    });
}

Alignment align_features(const std::vector<SentenceFeatures>& a, const std::vector<SentenceFeatures>& b,
                         const AlignOptions& options, const SkipHints& hints, const FeatureSimilarity& similarity) {
    const bool small = a.size() * b.size() <= options.max_matrix_cells;
    AlignMode mode = options.mode;
    std::string reason;
    SimilarityMatrix matrix;
    std::vector<Link> links;
    if (small && mode != AlignMode::Parallel) {
        matrix = similarity_matrix(a, b, similarity);
        links = link_comparable(matrix, options.comparable);
    }
    Alignment parallel;
    bool have_parallel = false;
    if (mode == AlignMode::Auto) {
        if (small) {
            const auto n_a = static_cast<uint32_t>(a.size()), n_b = static_cast<uint32_t>(b.size());
            ModeEvidence evidence = mode_evidence(links, n_a, n_b);
            parallel = align_parallel(a, b, similarity, options.parallel, hints);
            have_parallel = true;
            add_bead_evidence(evidence, links, parallel.beads, n_a, n_b);
            add_best_match_evidence(evidence, parallel.beads, n_a, n_b,
                                    [&](uint32_t i, uint32_t j) { return matrix.at(i, j); });
            mode = choose_mode(evidence, reason, options.thresholds);
        } else
            mode = judge_long_texts(a, b, reason);
    } else {
        reason = mode == AlignMode::Parallel ? "parallel: chosen by the user" : "comparable: chosen by the user";
    }

    if (mode == AlignMode::Comparable && small) {
        Alignment alignment;
        alignment.mode = AlignMode::Comparable;
        alignment.mode_reason = reason;
        alignment.links = std::move(links);
        return alignment;
    }
    if (mode == AlignMode::Comparable)
        reason += "; comparable linking is limited to " + std::to_string(options.max_matrix_cells) +
                  " sentence pairs, aligned as parallel instead";
    Alignment alignment = have_parallel ? std::move(parallel) : align_parallel(a, b, similarity, options.parallel, hints);
    alignment.mode_reason = reason + " [" + alignment.mode_reason + "]";
    return alignment;
}

std::vector<bool> foreign_sentences(const Article& article, const std::string& other_language) {
    std::vector<bool> foreign(article.sentences.size(), false);
    for (size_t i = 0; i < article.sentences.size(); ++i) {
        // Short lines get low confidences; a third language at 0.3 is
        // already telling when the two articles' languages are known.
        LanguageGuess guess = identify_language(article.sentence_text(i));
        foreign[i] = guess.language != "und" && guess.confidence >= 0.3f && guess.language != article.language &&
                     guess.language != other_language && article.language != "und";
    }
    return foreign;
}

std::vector<bool> credit_lines(const Article& article) {
    // Photo and source credits: a label, a colon, a name or a handle.
    static const char* const kLabels[] = {"Фото", "Photo", "Fotoğraf", "Foto", "Сурет", "Источник", "Дереккөз",
                                          "Kaynak", "Source", "صورة", "المصدر", "Видео", "Video", "Бейне"};
    std::vector<bool> credit(article.sentences.size(), false);
    // A line of nothing but links and handles ("pic.twitter.com/x", "@user").
    auto link_only = [](std::string_view text) {
        size_t tokens = 0, links = 0, pos = 0;
        while (pos < text.size()) {
            while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
            size_t end = pos;
            while (end < text.size() && text[end] != ' ' && text[end] != '\t') ++end;
            if (end == pos) break;
            std::string_view token = text.substr(pos, end - pos);
            ++tokens;
            if (token[0] == '@' || token.find("://") != std::string_view::npos ||
                (token.find('/') != std::string_view::npos && token.find('.') != std::string_view::npos))
                ++links;
            pos = end;
        }
        return tokens > 0 && links == tokens;
    };
    for (size_t i = 0; i < article.sentences.size(); ++i) {
        std::string_view text = article.sentence_text(i);
        if (link_only(text)) credit[i] = true;
        if (text.size() > 120) continue;
        for (const char* label : kLabels) {
            std::string_view l(label);
            if (text.substr(0, l.size()) == l && text.size() > l.size() &&
                (text[l.size()] == ':' || text.substr(l.size(), 2) == " :"))
                credit[i] = true;
        }
    }
    return credit;
}

SkipHints skip_hints(const Article& a, const Article& b) {
    SkipHints hints{foreign_sentences(a, b.language), foreign_sentences(b, a.language)};
    auto credit_a = credit_lines(a), credit_b = credit_lines(b);
    for (size_t i = 0; i < credit_a.size(); ++i) hints.a[i] = hints.a[i] || credit_a[i];
    for (size_t i = 0; i < credit_b.size(); ++i) hints.b[i] = hints.b[i] || credit_b[i];
    return hints;
}

Alignment align_articles(const Article& a, const Article& b, const AlignOptions& options) {
    return align_features(extract_features(a), extract_features(b), options, skip_hints(a, b));
}

} // namespace synoptic
