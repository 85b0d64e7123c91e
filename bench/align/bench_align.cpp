// bench_align REPO_ROOT [gold|matrix|catalogs|comparable|speed]
// Prints figures; asserts nothing.
#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#include <sys/wait.h>
#endif
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <chrono>
#include <cmath>
#include <functional>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/align/align_articles.h"
#include "core/align/bead_score.h"
#include "core/align/presegmented_article.h"
#include "core/align/similarity.h"
#include "core/export/alignment_export.h"

#include "bench/support/bench_files.h"

using namespace synoptic;

namespace {

void print_scores(const char* label, const BeadScores& s) {
    std::printf("%-40s strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f\n", label, s.precision_strict,
                s.recall_strict, s.f1_strict, s.precision_lax, s.recall_lax, s.f1_lax);
}

int bench_gold(const std::string& root, bool dump_matrix) {
    const std::string dir = bench::kazinform_gold_dir(root);
    Article kk = presegmented_article(bench::read_file(dir + "kk.txt"), "kk.txt");
    Article ru = presegmented_article(bench::read_file(dir + "ru.txt"), "ru.txt");
    auto gold = parse_beads(bench::read_file(dir + "gold.txt"));
    if (!gold) {
        std::fprintf(stderr, "%s\n", gold.error().message.c_str());
        return 1;
    }
    auto fa = extract_features(kk), fb = extract_features(ru);
    if (dump_matrix) {
        std::printf("    ");
        for (size_t j = 0; j < fb.size(); ++j) std::printf("%4zu", j);
        std::printf("\n");
        for (size_t i = 0; i < fa.size(); ++i) {
            std::printf("%3zu ", i);
            for (size_t j = 0; j < fb.size(); ++j) {
                int v = static_cast<int>(100 * similarity_score(fa[i], fb[j]));
                std::printf("%4d", v);
            }
            std::printf("   len %u\n", fa[i].length_chars);
        }
    }
    std::printf("kazinform kk-ru gold: %zu kk, %zu ru sentences, %zu beads (languages %s, %s)\n", kk.sentences.size(),
                ru.sentences.size(), gold->size(), kk.language.c_str(), ru.language.c_str());
    for (AlignMode mode : {AlignMode::Auto, AlignMode::Parallel}) {
        AlignOptions options;
        options.mode = mode;
        Alignment alignment = align_articles(kk, ru, options);
        print_scores(mode == AlignMode::Auto ? "gold, --mode auto" : "gold, --mode parallel",
                     score_beads(gold.value(), alignment.beads));
        std::printf("  reason: %s\n", alignment.mode_reason.c_str());
        if (dump_matrix) std::printf("%s", format_beads(alignment.beads).c_str());
    }
    return 0;
}

// Sensitivity of the gold F1 to the bead-gain parameters around the
// defaults: one parameter varied at a time (a guard against tuning to one
// article: a robust setting sits on a plateau).
int bench_sensitivity(const std::string& root) {
    const std::string dir = bench::kazinform_gold_dir(root);
    Article kk = presegmented_article(bench::read_file(dir + "kk.txt"), "kk.txt");
    Article ru = presegmented_article(bench::read_file(dir + "ru.txt"), "ru.txt");
    auto gold = parse_beads(bench::read_file(dir + "gold.txt"));
    struct Knob {
        const char* name;
        double ParallelOptions::*field;
        std::vector<double> values;
    };
    std::vector<Knob> knobs = {
        {"similarity_weight", &ParallelOptions::similarity_weight, {2, 4, 6, 8, 12, 16, 24}},
        {"similarity_floor", &ParallelOptions::similarity_floor, {0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4}},
        {"length_weight", &ParallelOptions::length_weight, {0.25, 0.5, 1, 1.5, 2, 3}},
        {"log_prior_skip", &ParallelOptions::log_prior_skip, {-1, -2, -3, -4, -5, -6, -8}},
        {"log_prior_skip_repeat", &ParallelOptions::log_prior_skip_repeat, {0, -0.5, -1, -2, -3}},
        {"log_prior_one_two", &ParallelOptions::log_prior_one_two, {-1, -2, -2.6, -3.5, -5}},
        {"log_prior_two_two", &ParallelOptions::log_prior_two_two, {-2, -3.5, -4.5, -6, -8}},
        {"log_prior_one_three", &ParallelOptions::log_prior_one_three, {-2, -3, -4, -5, -6, -8}},
    };
    for (const Knob& knob : knobs) {
        std::printf("%-22s", knob.name);
        for (double v : knob.values) {
            AlignOptions options;
            options.mode = AlignMode::Parallel;
            options.parallel.*knob.field = v;
            auto s = score_beads(gold.value(), align_articles(kk, ru, options).beads);
            std::printf("  %g:%.2f/%.2f", v, s.f1_strict, s.f1_lax);
        }
        std::printf("\n");
    }
    return 0;
}

// ---- Message catalogs: real parallel text from Debian's .mo files ----
//
// Every catalog keys its strings by the English msgid, so the Kazakh and the
// Russian translation of one msgid are translations of each other. A domain
// (coreutils, gtk30, ...) present in both languages becomes pseudo-documents
// of up to 300 entries in msgid order; then, with a fixed seed, entries are
// dropped on one side (1-0 and 0-1 beads) and neighbours merged into one line
// on one side (2-1 and 1-2 beads). The gold follows from the construction.

#ifndef __EMSCRIPTEN__ // popen and msgunfmt: native only
struct Entry {
    std::string msgid, msgstr;
};

std::string unescape_po(const std::string& quoted) {
    std::string out;
    for (size_t i = 0; i < quoted.size(); ++i) {
        char c = quoted[i];
        if (c != '\\' || i + 1 >= quoted.size()) {
            out += c;
            continue;
        }
        char n = quoted[++i];
        out += n == 'n' ? ' ' : n == 't' ? ' ' : n;
    }
    return out;
}

// msgid -> msgstr of one catalog (singular, non-empty, context-free entries).
std::map<std::string, std::string> read_catalog(const std::string& mo_path) {
    std::map<std::string, std::string> entries;
    const std::string command = "msgunfmt --no-wrap '" + mo_path + "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return entries;
    std::string po;
    char buffer[65536];
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, pipe)) > 0) po.append(buffer, got);
    pclose(pipe);
    std::istringstream in(po);
    std::string line, field, msgid, msgstr;
    bool plural = false, context = false;
    auto flush = [&] {
        if (!plural && !context && !msgid.empty() && !msgstr.empty()) entries[msgid] = msgstr;
        msgid.clear();
        msgstr.clear();
        plural = context = false;
        field.clear();
    };
    while (std::getline(in, line)) {
        auto quoted = [&](size_t from) {
            size_t a = line.find('"', from), b = line.rfind('"');
            return a == std::string::npos || b <= a ? std::string() : unescape_po(line.substr(a + 1, b - a - 1));
        };
        if (line.rfind("msgctxt", 0) == 0) {
            flush();
            context = true;
        } else if (line.rfind("msgid_plural", 0) == 0) {
            plural = true;
            field = "plural";
        } else if (line.rfind("msgid", 0) == 0) {
            if (!context) flush();
            field = "msgid";
            msgid = quoted(5);
        } else if (line.rfind("msgstr", 0) == 0) {
            field = "msgstr";
            msgstr = quoted(6);
        } else if (!line.empty() && line[0] == '"') {
            if (field == "msgid") msgid += quoted(0);
            else if (field == "msgstr") msgstr += quoted(0);
        } else if (line.empty()) {
            flush();
        }
    }
    flush();
    return entries;
}

std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

size_t word_count(const std::string& text) {
    size_t n = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = c == ' ';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

struct CatalogDocument {
    std::string name, a_text, b_text;
    std::vector<Bead> gold;
    size_t a_lines = 0, b_lines = 0;
};

std::vector<CatalogDocument> catalog_documents(const std::string& lang_a, const std::string& lang_b,
                                               size_t per_document = 300) {
    std::vector<CatalogDocument> documents;
    const std::string base = "/usr/share/locale/";
    FILE* list = popen(("ls " + base + lang_a + "/LC_MESSAGES/ 2>/dev/null").c_str(), "r");
    if (!list) return documents;
    std::vector<std::string> domains;
    char name[512];
    while (fgets(name, sizeof name, list)) {
        std::string d(name);
        while (!d.empty() && (d.back() == '\n' || d.back() == '\r')) d.pop_back();
        if (d.size() > 3 && d.substr(d.size() - 3) == ".mo") domains.push_back(d);
    }
    pclose(list);
    std::mt19937 rng(20260207);
    for (const std::string& domain : domains) {
        const std::string path_b = base + lang_b + "/LC_MESSAGES/" + domain;
        if (access(path_b.c_str(), R_OK) != 0) continue;
        auto a = read_catalog(base + lang_a + "/LC_MESSAGES/" + domain);
        auto b = read_catalog(path_b);
        std::vector<Entry> common;
        for (const auto& [id, text_a] : a) {
            auto it = b.find(id);
            if (it == b.end()) continue;
            std::string x = squeeze(text_a), y = squeeze(it->second), english = squeeze(id);
            // Sentences, translated on both sides.
            if (word_count(english) < 3 || english.size() < 15 || x == english || y == english || x.empty() ||
                y.empty())
                continue;
            common.push_back({x, y});
        }
        for (size_t start = 0; start < common.size(); start += per_document) {
            const size_t end = std::min(common.size(), start + per_document);
            if (end - start < 20) break;
            CatalogDocument doc;
            doc.name = domain + "#" + std::to_string(start / per_document);
            auto add_line = [](std::string& text, size_t& lines, const std::string& line) {
                text += line;
                text += '\n';
                return static_cast<uint32_t>(lines++);
            };
            for (size_t k = start; k < end; ++k) {
                const double r = std::uniform_real_distribution<double>(0, 1)(rng);
                const bool has_next = k + 1 < end;
                Bead bead;
                if (r < 0.05) { // only in A
                    bead.a.push_back(add_line(doc.a_text, doc.a_lines, common[k].msgid));
                } else if (r < 0.10) { // only in B
                    bead.b.push_back(add_line(doc.b_text, doc.b_lines, common[k].msgstr));
                } else if (r < 0.15 && has_next) { // B merges two
                    bead.a.push_back(add_line(doc.a_text, doc.a_lines, common[k].msgid));
                    bead.a.push_back(add_line(doc.a_text, doc.a_lines, common[k + 1].msgid));
                    bead.b.push_back(
                        add_line(doc.b_text, doc.b_lines, common[k].msgstr + " " + common[k + 1].msgstr));
                    ++k;
                } else if (r < 0.20 && has_next) { // A merges two
                    bead.a.push_back(
                        add_line(doc.a_text, doc.a_lines, common[k].msgid + " " + common[k + 1].msgid));
                    bead.b.push_back(add_line(doc.b_text, doc.b_lines, common[k].msgstr));
                    bead.b.push_back(add_line(doc.b_text, doc.b_lines, common[k + 1].msgstr));
                    ++k;
                } else {
                    bead.a.push_back(add_line(doc.a_text, doc.a_lines, common[k].msgid));
                    bead.b.push_back(add_line(doc.b_text, doc.b_lines, common[k].msgstr));
                }
                doc.gold.push_back(std::move(bead));
            }
            documents.push_back(std::move(doc));
        }
    }
    return documents;
}

#endif

int bench_catalogs(const std::string& lang_a, const std::string& lang_b, size_t max_documents = 1000) {
#ifdef __EMSCRIPTEN__
    (void)max_documents;
    std::printf("catalogs %s-%s: native only (reads catalogs through msgunfmt)\n", lang_a.c_str(), lang_b.c_str());
    return 0;
#else
    auto documents = catalog_documents(lang_a, lang_b);
    if (documents.size() > max_documents) documents.resize(max_documents);
    if (documents.empty()) {
        std::printf("catalogs %s-%s: no common catalogs (is gettext's msgunfmt installed?)\n", lang_a.c_str(),
                    lang_b.c_str());
        return 0;
    }
    std::vector<std::vector<Bead>> golds, baseline, parallel, automatic;
    size_t lines_a = 0, lines_b = 0, chosen_parallel = 0;
    double seconds = 0;
    for (const auto& doc : documents) {
        Article a = presegmented_article(doc.a_text, doc.name, lang_a);
        Article b = presegmented_article(doc.b_text, doc.name, lang_b);
        if (a.sentences.size() != doc.a_lines || b.sentences.size() != doc.b_lines) continue;
        lines_a += doc.a_lines;
        lines_b += doc.b_lines;
        golds.push_back(doc.gold);
        auto fa = extract_features(a), fb = extract_features(b);
        // Gale-Church: lengths and shape priors only, same search.
        ParallelOptions gc;
        gc.similarity_weight = 0;
        baseline.push_back(
            align_parallel(fa, fb, [](const SentenceFeatures&, const SentenceFeatures&) { return 0.0; }, gc).beads);
        AlignOptions options;
        options.mode = AlignMode::Parallel;
        auto start = std::chrono::steady_clock::now();
        parallel.push_back(align_features(fa, fb, options, skip_hints(a, b)).beads);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        options.mode = AlignMode::Auto;
        Alignment chosen = align_features(fa, fb, options, skip_hints(a, b));
        if (chosen.mode == AlignMode::Parallel) ++chosen_parallel;
        if (std::getenv("BENCH_ALIGN_VERBOSE")) std::printf("    %s: %s\n", doc.name.c_str(), chosen.mode_reason.c_str());
        automatic.push_back(chosen.mode == AlignMode::Parallel
                                ? chosen.beads
                                : beads_from_links(chosen, static_cast<uint32_t>(fa.size()), static_cast<uint32_t>(fb.size())));
    }
    std::printf("catalogs %s-%s: %zu documents, %zu + %zu lines (Debian message catalogs, msgid-keyed gold)\n",
                lang_a.c_str(), lang_b.c_str(), golds.size(), lines_a, lines_b);
    print_scores("  Gale-Church baseline (length only)", score_bead_sets(golds, baseline));
    print_scores("  synoptic --mode parallel", score_bead_sets(golds, parallel));
    print_scores("  synoptic --mode auto", score_bead_sets(golds, automatic));
    std::printf("  auto chose parallel for %zu of %zu documents; parallel alignment time %.3f s in all\n",
                chosen_parallel, golds.size(), seconds);
    return 0;
#endif
}

// ---- Comparable mode: links against hand annotations ----

struct LinkCounts {
    size_t predicted = 0, gold = 0, hits = 0;
};

std::vector<std::pair<uint32_t, uint32_t>> read_links(const std::string& path) {
    std::vector<std::pair<uint32_t, uint32_t>> links;
    std::istringstream in(bench::read_file(path));
    uint32_t a, b;
    while (in >> a >> b) links.emplace_back(a, b);
    return links;
}

int bench_comparable(const std::string& root) {
    const std::string data = root + "/tests/data/align/comparable/";
    const std::string gold_dir = bench::kazinform_gold_dir(root);
    struct PairFiles {
        std::string name, a, b, lang_a, lang_b, links;
    };
    const std::vector<PairFiles> pairs = {
        {"001 ru - 002 ru", gold_dir + "ru.txt", data + "002-ru.txt", "ru", "ru", data + "001-002.links"},
        {"000 kk - 003 tr", gold_dir + "kk.txt", data + "003-tr.txt", "kk", "tr", data + "000-003.links"},
    };
    struct Loaded {
        std::string name;
        SimilarityMatrix matrix;
        std::set<std::pair<uint32_t, uint32_t>> gold;
        Alignment automatic;
    };
    std::vector<Loaded> loaded;
    for (const auto& p : pairs) {
        Article a = presegmented_article(bench::read_file(p.a), p.a, p.lang_a);
        Article b = presegmented_article(bench::read_file(p.b), p.b, p.lang_b);
        auto fa = extract_features(a), fb = extract_features(b);
        Loaded l;
        l.name = p.name;
        l.matrix = similarity_matrix(fa, fb, [](const SentenceFeatures& x, const SentenceFeatures& y) {
            return similarity_score(x, y);
        });
        for (auto link : read_links(p.links)) l.gold.insert(link);
        l.automatic = align_articles(a, b);
        loaded.push_back(std::move(l));
    }
    auto evaluate = [&](const ComparableOptions& options, bool print_each) {
        LinkCounts total;
        for (const auto& l : loaded) {
            LinkCounts c;
            c.gold = l.gold.size();
            for (const Link& link : link_comparable(l.matrix, options)) {
                ++c.predicted;
                c.hits += l.gold.count({link.a, link.b});
            }
            if (print_each)
                std::printf("  %-16s %2zu gold, %2zu predicted, %2zu right: P %.2f R %.2f\n", l.name.c_str(), c.gold,
                            c.predicted, c.hits, c.predicted ? double(c.hits) / c.predicted : 0.0,
                            c.gold ? double(c.hits) / c.gold : 0.0);
            total.predicted += c.predicted;
            total.gold += c.gold;
            total.hits += c.hits;
        }
        return total;
    };
    auto f1 = [](const LinkCounts& c) {
        double p = c.predicted ? double(c.hits) / c.predicted : 0, r = c.gold ? double(c.hits) / c.gold : 0;
        return p + r ? 2 * p * r / (p + r) : 0.0;
    };
    std::printf("comparable links against hand annotations (tests/data/align/comparable), default options:\n");
    LinkCounts d = evaluate(ComparableOptions{}, true);
    std::printf("  %-16s %2zu gold, %2zu predicted, %2zu right: P %.2f R %.2f F1 %.2f\n", "pooled", d.gold, d.predicted,
                d.hits, d.predicted ? double(d.hits) / d.predicted : 0.0, d.gold ? double(d.hits) / d.gold : 0.0, f1(d));
    for (const auto& l : loaded)
        std::printf("  auto mode on %s: %s\n", l.name.c_str(), l.automatic.mode_reason.substr(0, 60).c_str());
    std::printf("  sweep (pooled F1; rows min_similarity, columns min_margin):\n        ");
    const std::vector<double> margins = {1.0, 1.1, 1.2, 1.3, 1.5, 1.8, 2.2};
    for (double m : margins) std::printf("  %5.2f", m);
    std::printf("\n");
    for (double floor : {0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7}) {
        std::printf("  %5.2f ", floor);
        for (double m : margins) {
            ComparableOptions o;
            o.min_similarity = floor;
            o.min_margin = m;
            std::printf("  %5.2f", f1(evaluate(o, false)));
        }
        std::printf("\n");
    }
    return 0;
}

// ---- Speed and peak memory ----
//
// Synthetic "translations": A sentences draw 6-16 word keys from a Zipf-like
// vocabulary of 40,000; B repeats each A sentence's keys (drops 5%, inserts
// 5%, merges 5% of neighbours), lengths scaled by 1.1 with noise. Each size
// runs in a child process so its peak resident memory is its own.

struct SyntheticPair {
    std::vector<SentenceFeatures> a, b;
};

SyntheticPair synthetic_pair(uint32_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::vector<std::string> vocabulary;
    // Cognate keys ("~..."), one of the signals similarity_score compares.
    for (int w = 0; w < 40000; ++w) vocabulary.push_back("~w" + std::to_string(w));
    std::uniform_real_distribution<double> u(0, 1);
    auto word = [&] {
        // Zipf-like: index ~ exp(uniform * log(V)).
        const double x = std::exp(u(rng) * std::log(40000.0)) - 1;
        return vocabulary[static_cast<size_t>(x) % vocabulary.size()];
    };
    auto sentence = [&] {
        SentenceFeatures f;
        const int words = 6 + static_cast<int>(rng() % 11);
        for (int k = 0; k < words; ++k) f.latin_keys.push_back(word());
        f.length_chars = static_cast<uint32_t>(words * 7);
        return f;
    };
    SyntheticPair p;
    while (p.a.size() < n) {
        const double r = u(rng);
        SentenceFeatures f = sentence();
        p.a.push_back(f);
        if (r < 0.05) continue; // dropped in B
        if (r < 0.10) p.b.push_back(sentence()); // B's own sentence
        if (r < 0.15 && p.a.size() < n) { // B merges two
            SentenceFeatures g = sentence();
            p.a.push_back(g);
            f.latin_keys.insert(f.latin_keys.end(), g.latin_keys.begin(), g.latin_keys.end());
            f.length_chars += g.length_chars;
        }
        f.length_chars = static_cast<uint32_t>(f.length_chars * (1.1 + 0.1 * (u(rng) - 0.5)));
        p.b.push_back(f);
    }
    // Hashed key sets, as extract_features leaves them for real sentences
    // (unindexed features would time similarity_score's re-indexing instead).
    for (auto* side : {&p.a, &p.b})
        for (SentenceFeatures& f : *side) index_features(f);
    return p;
}

#ifdef __EMSCRIPTEN__
// No processes in wasm: the work runs in place and the figure is the heap
// reached so far (a wasm heap only grows, so it is the peak up to now).
long peak_kilobytes_of_child(const std::function<void()>& work, double& seconds) {
    auto start = std::chrono::steady_clock::now();
    work();
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return static_cast<long>(emscripten_get_heap_size() / 1024);
}
#else
long peak_kilobytes_of_child(const std::function<void()>& work, double& seconds) {
    int pipe_fd[2];
    if (pipe(pipe_fd) != 0) return -1;
    std::fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        close(pipe_fd[0]);
        auto start = std::chrono::steady_clock::now();
        work();
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (write(pipe_fd[1], &s, sizeof s) != sizeof s) _exit(1);
        _exit(0);
    }
    close(pipe_fd[1]);
    if (read(pipe_fd[0], &seconds, sizeof seconds) != sizeof seconds) seconds = -1;
    close(pipe_fd[0]);
    int status = 0;
    struct rusage usage {};
    wait4(child, &status, 0, &usage);
    return usage.ru_maxrss;
}
#endif

int bench_speed(const std::vector<uint32_t>& sizes) {
#ifdef __EMSCRIPTEN__
    std::printf("speed (wasm): synthetic translations, banded search; memory figures are the wasm heap reached "
                "so far (peak, cumulative over sizes)\n");
#else
    std::printf("speed: synthetic translations, banded search, one process per size (peak RSS includes the "
                "generated features)\n");
#endif
    for (uint32_t n : sizes) {
        double generate_seconds = 0, align_seconds = 0, dp_seconds = 0;
        const long base_kb = peak_kilobytes_of_child([&] { synthetic_pair(n, 7); }, generate_seconds);
        const long align_kb = peak_kilobytes_of_child(
            [&] {
                SyntheticPair p = synthetic_pair(n, 7);
                auto start = std::chrono::steady_clock::now();
                Alignment alignment = align_parallel(p.a, p.b, [](const SentenceFeatures& x, const SentenceFeatures& y) {
                    return similarity_score(x, y);
                });
                double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                std::printf("  %6u x %6zu  align_parallel (similarity_score): %7.3f s, %zu beads, %s\n", n, p.b.size(), s,
                            alignment.beads.size(), alignment.mode_reason.c_str());
                std::fflush(stdout);
            },
            align_seconds);
        const long dp_kb = peak_kilobytes_of_child(
            [&] {
                // The search alone with a gain that costs nothing: the floor
                // any similarity adds to.
                Band band = make_band(n, n, {}, 10, 0.0, 10);
                auto start = std::chrono::steady_clock::now();
                auto result = search_beads(n, n, [](uint32_t a0, uint32_t na, uint32_t b0, uint32_t nb) {
                    return na && nb ? (a0 == b0 ? 1.0 : 0.0) - 0.1 * (na + nb) : -1.0;
                }, band);
                double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                std::printf("  %6u x %6u  bead search alone, band +-10: %7.3f s, %zu beads, %zu cells\n", n, n, s,
                            result.size(), band.cells());
                std::fflush(stdout);
            },
            dp_seconds);
        std::printf("  %6u: peak RSS generate-only %ld MB, align %ld MB (+%ld MB), search alone %ld MB\n", n,
                    base_kb / 1024, align_kb / 1024, (align_kb - base_kb) / 1024, dp_kb / 1024);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_align REPO_ROOT [gold|matrix|catalogs|comparable|speed]\n");
        return 2;
    }
    const std::string root = argv[1];
    const std::string section = argc > 2 ? argv[2] : "all";
    int status = 0;
    if (section == "all" || section == "gold") status |= bench_gold(root, false);
    if (section == "matrix") status |= bench_gold(root, true);
    if (section == "sensitivity") status |= bench_sensitivity(root);
    if (section == "all" || section == "comparable") status |= bench_comparable(root);
    if (section == "all" || section == "speed") status |= bench_speed({1000, 10000, 20000, 50000});
    if (section == "all" || section == "catalogs") {
        status |= bench_catalogs("kk", "ru");
        status |= bench_catalogs("ru", "tr", section == "all" ? 30 : 1000);
    }
    return status;
}
