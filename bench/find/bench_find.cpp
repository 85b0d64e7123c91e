// bench_find REPO_ROOT [seeds|speed] [--verbose]
// Find across scripts (core/search), the page's Ctrl+F. `seeds`: for the
// issue's queries and a few more names, the matches in each seed article
// and the false hits among them (a match that is none of the query's
// spellings); then every word of the seeds used as a query, counting the
// words it finds by sound in another language (--verbose lists them, to be
// judged by eye). `speed`: per-keystroke latency of queries typed letter by
// letter over 20,000-sentence articles, the first keystroke (cold: the
// article's index is built) and the next ones and a repeated query (warm);
// on the demo articles repeated (synthetic), on real text (Debian's message
// catalogs), and over eight such articles as the page compares them.
// Prints figures; asserts nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "bench/find/catalog_text.h"
#include "bench/support/bench_files.h"
#include "core/ingest/read_article.h"
#include "core/search/find_index.h"
#include "core/search/word_match.h"
#include "core/search/word_split.h"
#include "core/text/utf8.h"

using namespace synoptic;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

const char* const kSeeds[] = {"000_84709defd8457a92.txt", "001_e7239c642e9fa5fc.txt", "002_970eac684697c81d.txt",
                              "003_292c7b092348037e.txt", "004_ca88b99b49bb6e08.txt"};

Article read_or_exit(const std::string& text, const std::string& name, InputFormat format = InputFormat::Auto) {
    Result<Article> article = read_article(text, {format, name, ""});
    if (!article) {
        std::fprintf(stderr, "%s: %s\n", name.c_str(), article.error().message.c_str());
        std::exit(1);
    }
    return std::move(*article);
}

// `text` padded with spaces to `width` code points (printf pads bytes).
std::string pad(const std::string& text, size_t width) {
    const size_t n = count_code_points(text);
    return n >= width ? text : text + std::string(width - n, ' ');
}

// ---- Seeds: hits and false hits ----

struct SeedQuery {
    const char* query;
    std::vector<std::string> spellings; // folded roots every right match contains
};

const SeedQuery kSeedQueries[] = {
    {"Witkoff", {"уиткофф", "witkoff"}},
    {"ويتكوف", {"уиткофф", "witkoff"}},
    {"Aragchi", {"арагчи", "аракчи", "erakci", "araghchi"}},
    {"عراقجي", {"арагчи", "аракчи", "erakci", "araghchi"}},
    {"Маскат", {"маскат", "muscat", "maskat", "مسقط"}},
    {"Muscat", {"маскат", "muscat", "maskat", "مسقط"}},
    {"12", {"12"}},
    {"on iki", {"12"}},
    {"Iran", {"иран", "iran", "ايران"}},
    {"Oman", {"оман", "umman", "عمان"}},
    {"Washington", {"вашингтон", "washington"}},
    {"Israel", {"израил", "israil", "اسرائيل"}},
    {"Albusaidi", {"бусаиди", "albusaidi", "البوسعيدي"}},
    {"Axios", {"axios", "اكسيوس"}},
    {"Kushner", {"кушнер"}},
    {"Tehran", {"tehran", "طهران"}},
    {"Ir", {"ir"}},
    {"Wit", {"wit"}},
};

void bench_seed_queries(const std::vector<Article>& seeds) {
    std::vector<std::unique_ptr<FindIndex>> indexes;
    for (const Article& a : seeds) indexes.push_back(std::make_unique<FindIndex>(a));
    std::printf("seeds: matches per article (kk ru ru tr ar) and false hits (a match that is none of the query's spellings)\n");
    int all_hits = 0, all_false = 0;
    for (const SeedQuery& q : kSeedQueries) {
        const FindQuery query = prepare_find_query(q.query);
        std::string counts, wrong;
        int hits = 0, false_hits = 0;
        for (size_t i = 0; i < seeds.size(); ++i) {
            const std::vector<TextMatch> matches = indexes[i]->find(query);
            counts += std::to_string(matches.size()) + " ";
            for (const TextMatch& m : matches) {
                const std::string text(match_text(seeds[i], m));
                const std::string folded = word_keys(text, "").fold;
                const bool right = std::any_of(q.spellings.begin(), q.spellings.end(), [&](const std::string& s) {
                    return folded.find(word_keys(s, "").fold) != std::string::npos;
                });
                ++hits;
                if (!right) ++false_hits, wrong += " " + text;
            }
        }
        all_hits += hits, all_false += false_hits;
        std::printf("  %s %-14s hits %3d  false %d%s\n", pad(q.query, 12).c_str(), counts.c_str(), hits, false_hits,
                    wrong.c_str());
    }
    std::printf("  all queries: %d hits, %d false\n", all_hits, all_false);
}

// Every word of the seeds as a query: which words of the other languages'
// seeds it finds by sound (literal matches are the letters typed).
void bench_seed_sweep(const std::vector<Article>& seeds, bool verbose) {
    struct Word {
        std::string text, language;
        WordKeys keys;
    };
    std::vector<Word> words;
    std::set<std::pair<std::string, std::string>> seen;
    for (const Article& a : seeds)
        for (size_t s = 0; s < a.sentences.size(); ++s) {
            const std::string_view text = a.sentence_text(s);
            for (const WordSpan& w : split_words(text)) {
                if (w.digits) continue;
                std::string word(text.substr(w.begin_byte, w.end_byte - w.begin_byte));
                if (!seen.insert({word, a.sentences[s].language}).second) continue;
                WordKeys keys = word_keys(word, a.sentences[s].language);
                words.push_back({std::move(word), a.sentences[s].language, std::move(keys)});
            }
        }
    size_t queries = 0, queries_finding = 0, pairs = 0;
    for (const Word& q : words) {
        if (count_code_points(q.text) < 3) continue;
        ++queries;
        const WordKeys query = word_keys(q.text, "");
        std::string found;
        size_t n = 0;
        for (const Word& w : words)
            if (w.language != q.language && match_word(query, w.keys, {true, true}) == WordMatch::Sound) {
                found += " " + w.text;
                ++n;
            }
        pairs += n;
        queries_finding += n > 0;
        if (verbose && n) std::printf("    %s (%s):%s\n", q.text.c_str(), q.language.c_str(), found.c_str());
    }
    std::printf("  every seed word as a query: %zu queries of 3+ letters over %zu distinct words; %zu find words of "
                "another language by sound, %zu such pairs in all (--verbose lists them)\n",
                queries, words.size(), queries_finding, pairs);
}

// ---- Speed ----

// The five demo articles one after the other, repeated until the article
// holds at least `sentences` sentences: synthetic (a small vocabulary
// repeated), but news text in all five languages.
std::string repeated_seeds(const std::string& root, size_t sentences) {
    std::string once;
    for (const char* seed : kSeeds) {
        const std::string text = bench::read_file_or_exit(bench::seed_dir(root) + seed);
        once += text.substr(text.find('\n') + 1) + "\n\n";
    }
    const size_t per_copy = read_or_exit("Seeds\n\n" + once, "seeds.txt", InputFormat::PlainText).sentences.size();
    std::string text = "Seeds\n\n";
    for (size_t copies = 0; copies * per_copy < sentences; ++copies) text += once;
    return text;
}

// Catalog strings of 3+ words, one a paragraph, up to `count` of them from `first` on.
std::string catalog_article(const std::vector<std::string>& strings, size_t first, size_t count) {
    std::string text = "Catalog\n\n";
    size_t taken = 0;
    for (size_t i = first; i < strings.size() && taken < count; ++i) {
        const std::string& s = strings[i];
        if (std::count(s.begin(), s.end(), ' ') < 2) continue;
        text += s;
        const char last = s.back();
        if (last != '.' && last != '!' && last != '?' && last != ':') text += '.';
        text += "\n\n";
        ++taken;
    }
    return text;
}

size_t rss_kb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::strtoul(line.c_str() + 6, nullptr, 10);
    return 0;
}

// A query typed letter by letter: each prefix, in code points.
std::vector<std::string> keystrokes(const std::string& query) {
    std::vector<std::string> out;
    for (size_t pos = 0; pos < query.size();) {
        next_code_point(query, pos);
        out.push_back(query.substr(0, pos));
    }
    return out;
}

const char* const kTyped[] = {"Witkoff", "Маскат", "Aragchi", "Iran", "12", "on iki", "مسقط"};

// Articles as the page holds them: a find box over all of them. Prints the
// first keystroke (indexes built), the keystrokes after it, a repeated query.
void bench_typing(const char* label, const std::vector<Article>& articles) {
    size_t sentences = 0;
    for (const Article& a : articles) sentences += a.sentences.size();
    std::printf("%s: %zu article%s, %zu sentences\n", label, articles.size(), articles.size() == 1 ? "" : "s", sentences);
    const size_t rss_before = rss_kb();
    std::vector<std::unique_ptr<FindIndex>> indexes;
    for (const Article& a : articles) indexes.push_back(std::make_unique<FindIndex>(a));
    auto find_all = [&](const std::string& text, size_t& matches) {
        const Clock::time_point start = Clock::now();
        const FindQuery query = prepare_find_query(text);
        matches = 0;
        for (auto& index : indexes) matches += index->find(query).size();
        return ms_since(start);
    };
    // Cold: the first keystroke builds every index (find does, when nothing
    // prepared them ahead); timed apart, then the keystroke alone.
    const Clock::time_point build_start = Clock::now();
    for (auto& index : indexes) index->prepare();
    const double build = ms_since(build_start);
    size_t matches = 0;
    const double first = find_all("W", matches);
    size_t words = 0, distinct = 0;
    for (auto& index : indexes) words += index->word_count(), distinct += index->distinct_words();
    const size_t rss_after = rss_kb();
    std::printf("  first keystroke (cold): %.0f ms = indexes built %.0f ms (%.1f ms per 1,000 sentences) + the find "
                "%.1f ms\n",
                build + first, build, build * 1000 / static_cast<double>(sentences), first);
    std::printf("  %zu words, %zu distinct (per article, summed); indexes ~%.1f MB (RSS growth)\n", words, distinct,
                (rss_after - rss_before) / 1024.0);
    std::vector<double> all;
    for (const char* typed : kTyped) {
        std::vector<double> times;
        for (const std::string& prefix : keystrokes(typed)) times.push_back(find_all(prefix, matches));
        std::vector<double> repeated;
        for (int i = 0; i < 20; ++i) repeated.push_back(find_all(typed, matches));
        std::printf("  %s typed: %zu keystrokes, median %.2f ms, slowest %.2f ms; repeated %.2f ms (median of 20); "
                    "%zu matches\n",
                    pad(typed, 8).c_str(), times.size(), median(times), *std::max_element(times.begin(), times.end()),
                    median(repeated), matches);
        all.insert(all.end(), times.begin(), times.end());
    }
    std::printf("  every keystroke (warm): median %.2f ms, slowest %.2f ms\n", median(all),
                *std::max_element(all.begin(), all.end()));
}

void bench_speed(const std::string& root) {
    constexpr size_t kSentences = 20000;
    {
        const Clock::time_point start = Clock::now();
        std::vector<Article> one;
        one.push_back(read_or_exit(repeated_seeds(root, kSentences), "seeds.txt", InputFormat::PlainText));
        std::printf("(read in %.1f s: not part of find)\n", ms_since(start) / 1000);
        bench_typing("synthetic: the demo articles repeated", one);
    }
    std::vector<std::string> catalogs[4];
    const char* const languages[] = {"ru", "tr", "kk", "ar"};
    for (int l = 0; l < 4; ++l) catalogs[l] = bench::catalog_strings(languages[l]);
    if (catalogs[0].size() < kSentences) {
        std::printf("real text: Debian's message catalogs not readable (msgunfmt, /usr/share/locale): skipped\n");
        return;
    }
    {
        std::vector<Article> one;
        one.push_back(read_or_exit(catalog_article(catalogs[0], 0, kSentences), "ru.txt", InputFormat::PlainText));
        bench_typing("real text: Russian strings of Debian's message catalogs", one);
    }
    // Eight articles as the page compares them: slices of the catalogs, each
    // up to 20,000 strings.
    std::vector<Article> eight;
    for (size_t k = 0; k < 8; ++k) {
        const int l = k < 3 ? 0 : k < 6 ? 1 : static_cast<int>(k - 4); // ru ru ru tr tr tr kk ar
        const size_t slice = k < 6 ? k % 3 : 0;
        eight.push_back(read_or_exit(catalog_article(catalogs[l], slice * kSentences, kSentences),
                                     std::string(languages[l]) + ".txt", InputFormat::PlainText));
    }
    bench_typing("real text: eight articles of Debian catalog strings (ru x3, tr x3, kk, ar)", eight);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_find REPO_ROOT [seeds|speed] [--verbose]\n");
        return 2;
    }
    const std::string root = argv[1];
    std::string section = "all";
    bool verbose = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--verbose") verbose = true;
        else section = arg;
    }
    if (section == "all" || section == "seeds") {
        std::vector<Article> seeds;
        for (const char* seed : kSeeds) seeds.push_back(read_or_exit(bench::read_file_or_exit(bench::seed_dir(root) + seed), seed));
        bench_seed_queries(seeds);
        bench_seed_sweep(seeds, verbose);
    }
    if (section == "all" || section == "speed") bench_speed(root);
    return 0;
}
