// synoptic align A B [--presegmented] [--mode auto|parallel|comparable]
//                    [--format beads|links|tsv|json|tmx] [--lang-a xx] [--lang-b xx]
//                    [--gold BEADS]   (prints vecalign strict/lax P/R/F1 against BEADS to stderr)
//
// Beads and links of a pair aligned as translations are read off the rows,
// as `synoptic export` reads them off a session's (rows_pair.h): the same
// text for the same rows, and the same text as the aligner's own beads. A
// pair linked as independent reports writes the linker's links, and beads
// made of them, as before: rows group links (at most three neighbouring
// sentences of an article, one score per row), so read off the rows some
// many-to-many links, their own scores and the order of beads would change.
#include <cstdio>
#include <string>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "core/align/align_mode.h"
#include "core/align/align_articles.h"
#include "core/align/bead_score.h"
#include "core/align/multi_alignment.h"
#include "core/align/presegmented_article.h"
#include "core/export/alignment_export.h"
#include "core/export/rows_pair.h"
#include "core/ingest/read_article.h"

namespace synoptic::cli {
namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: synoptic align A B [--presegmented] [--mode auto|parallel|comparable]\n"
                 "                          [--format beads|links|tsv|json|tmx] [--lang-a xx] [--lang-b xx]\n"
                 "                          [--gold BEADS]\n");
    return 2;
}

// What the beads and links formats write for this pair: the rows' beads and
// links for translations, the pair's own alignment for independent reports
// (see the top of this file). The other formats write the pair's alignment.
Alignment alignment_to_write(AlignmentFormat format, const MultiAlignment& aligned) {
    const Alignment& pair = aligned.pairs.front().alignment;
    const bool from_rows = (format == AlignmentFormat::Beads || format == AlignmentFormat::Links) &&
                           pair.mode == AlignMode::Parallel;
    if (!from_rows) return pair;
    Alignment rows = alignment_of_rows(aligned.rows, ColumnPair{0, 1});
    rows.mode = pair.mode;
    rows.mode_reason = pair.mode_reason;
    return rows;
}

} // namespace

int run_align(const Args& args) {
    std::vector<std::string> files;
    bool presegmented = false;
    AlignOptions options;
    AlignmentFormat format = AlignmentFormat::Beads;
    std::string language[2];
    std::string gold_path;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) return false;
            out = args[++i];
            return true;
        };
        std::string v;
        if (arg == "--presegmented") {
            presegmented = true;
        } else if (arg == "--mode") {
            if (!value(v)) return usage();
            auto mode = parse_align_mode(v);
            if (!mode) return usage();
            options.mode = *mode;
        } else if (arg == "--format") {
            if (!value(v) || !parse_alignment_format(v, format)) return usage();
        } else if (arg == "--lang-a") {
            if (!value(language[0])) return usage();
        } else if (arg == "--gold") {
            if (!value(gold_path)) return usage();
        } else if (arg == "--lang-b") {
            if (!value(language[1])) return usage();
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return usage();
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() != 2) return usage();
    if (auto twice = stdin_named_twice({files[0], files[1], gold_path})) {
        std::fprintf(stderr, "synoptic align: %s\n", twice->message.c_str());
        return usage();
    }

    std::vector<Article> articles(2);
    for (int k = 0; k < 2; ++k) {
        Result<std::string> bytes = read_file_bytes(files[k]);
        if (!bytes) {
            std::fprintf(stderr, "synoptic align: cannot read %s\n", bytes.error().message.c_str());
            return 1;
        }
        if (presegmented) {
            Result<Article> article = read_presegmented_article(*bytes, files[k], language[k]);
            if (!article) {
                std::fprintf(stderr, "synoptic align: %s: %s\n", files[k].c_str(), article.error().message.c_str());
                return 1;
            }
            articles[k] = std::move(article).value();
        } else {
            ReadOptions read_options;
            read_options.name = files[k];
            read_options.language = language[k];
            auto article = read_article(*bytes, read_options);
            if (!article) {
                std::fprintf(stderr, "synoptic align: %s: %s\n", files[k].c_str(), article.error().message.c_str());
                return 1;
            }
            articles[k] = std::move(article).value();
        }
        for (const std::string& warning : articles[k].warnings)
            std::fprintf(stderr, "synoptic align: %s: %s\n", files[k].c_str(), warning.c_str());
    }

    // The rows as a session of these two articles would hold them (align_many
    // is what its alignment job runs), and the pair's alignment beside them.
    MultiAlignOptions multi_options;
    multi_options.pair = options;
    const MultiAlignment aligned =
        align_many(articles, {extract_features(articles[0]), extract_features(articles[1])}, multi_options);
    const Alignment alignment = alignment_to_write(format, aligned);
    std::fprintf(stderr, "synoptic align: %s\n", alignment.mode_reason.c_str());
    const std::string out = export_alignment(format, articles[0], articles[1], alignment);
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (!gold_path.empty()) {
        Result<std::string> gold_text = read_file_bytes(gold_path);
        if (!gold_text) {
            std::fprintf(stderr, "synoptic align: cannot read %s\n", gold_text.error().message.c_str());
            return 1;
        }
        auto gold = parse_beads(*gold_text);
        if (!gold) {
            std::fprintf(stderr, "synoptic align: %s: %s\n", gold_path.c_str(), gold.error().message.c_str());
            return 1;
        }
        std::vector<Bead> test = alignment.beads;
        if (test.empty())
            test = beads_from_links(alignment, static_cast<uint32_t>(articles[0].sentences.size()),
                                    static_cast<uint32_t>(articles[1].sentences.size()));
        BeadScores s = score_beads(gold.value(), test);
        std::fprintf(stderr, "strict P %.3f R %.3f F1 %.3f\nlax P %.3f R %.3f F1 %.3f\n", s.precision_strict,
                     s.recall_strict, s.f1_strict, s.precision_lax, s.recall_lax, s.f1_lax);
    }
    return 0;
}

} // namespace synoptic::cli
