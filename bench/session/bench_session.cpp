// bench_session REPO_ROOT
// What an edit of a long comparison costs: each row edit (and its undo) on a
// document of two 20,000-sentence articles, beside the copy of all its rows
// that an edit must not cost; and what a session file weighs against the
// articles it carries. Prints figures; asserts nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "bench/support/bench_files.h"
#include "core/session/alignment_job.h"
#include "core/session/document.h"
#include "core/session/session_file.h"

using namespace synoptic;

namespace {

using Clock = std::chrono::steady_clock;

double microseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// An article of `sentences` sentences, ten to a paragraph.
std::string long_article(size_t sentences, const char* words) {
    std::string text = "A long report\n\n";
    for (size_t s = 0; s < sentences; ++s) {
        text += "Sentence " + std::to_string(s + 1) + " " + words + " " + std::to_string(s * 7 % 1000) + " people.";
        text += (s % 10 == 9) ? "\n\n" : " ";
    }
    return text;
}

Document must(Result<Document> document) {
    if (!document) {
        std::fprintf(stderr, "%s\n", document.error().message.c_str());
        std::exit(1);
    }
    return std::move(document).value();
}

void must(const Result<Applied>& applied) {
    if (applied) return;
    std::fprintf(stderr, "%s\n", applied.error().message.c_str());
    std::exit(1);
}

// Rows pairing sentence i of both articles: what an alignment of a
// translation would give, without spending minutes aligning in a benchmark.
ApplyAlignment diagonal_rows(const Document& document) {
    const DocumentState& state = document.state();
    const uint32_t a = state.column_article(0).sentence_count(), b = state.column_article(1).sentence_count();
    ApplyAlignment alignment{document.revision(), {}};
    for (uint32_t i = 0; i < std::max(a, b); ++i) {
        Row row;
        row.sentences.resize(2);
        if (i < a) row.sentences[0].push_back(i);
        if (i < b) row.sentences[1].push_back(i);
        row.score = 0.9;
        alignment.rows.push_back(std::move(row));
    }
    return alignment;
}

void time_edit(Document& document, const char* label, const std::function<Command(size_t row)>& edit) {
    const size_t rows = document.state().rows.size();
    std::vector<double> apply, undo;
    for (size_t i = 0; i < 200; ++i) {
        const size_t row = 1 + (i * 7919) % (rows - 2); // spread over the document
        const Clock::time_point start = Clock::now();
        must(document.apply(edit(row)));
        apply.push_back(microseconds_since(start));
        const Clock::time_point undo_start = Clock::now();
        document.undo();
        undo.push_back(microseconds_since(undo_start));
    }
    std::printf("  %-34s apply %8.1f us   undo %8.1f us   (medians of 200)\n", label, median(apply), median(undo));
}

void bench_edits() {
    const Clock::time_point start = Clock::now();
    Document document;
    must(document.apply_all({AddArticle{"long-a.txt", long_article(20000, "says the count rose to"), "en"},
                             AddArticle{"long-b.txt", long_article(20000, "reports a figure of"), "en"},
                             SetCompared{{ArticleId{1}, ArticleId{2}}}}));
    must(document.apply(diagonal_rows(document)));
    const DocumentState& state = document.state();
    std::printf("edits on a document of %zu rows (%u and %u sentences; built in %.1f s)\n", state.rows.size(),
                state.column_article(0).sentence_count(), state.column_article(1).sentence_count(),
                microseconds_since(start) / 1e6);

    std::vector<double> copies;
    for (int i = 0; i < 20; ++i) {
        const Clock::time_point copy_start = Clock::now();
        std::vector<Row> copy = state.rows;
        copies.push_back(microseconds_since(copy_start));
    }
    std::printf("  %-34s %8.1f us   (the baseline an edit must stay far below; median of 20)\n",
                "copy of all rows", median(copies));

    const ArticleId a{1}, b{2};
    auto sentence = [](size_t row) { return static_cast<uint32_t>(row); }; // diagonal: row i holds sentence i
    time_edit(document, "mark a row checked", [](size_t row) { return MarkRowChecked{row, true}; });
    time_edit(document, "merge a row with the next", [](size_t row) { return MergeWithNextRow{row}; });
    time_edit(document, "unlink a sentence", [&](size_t row) { return UnlinkSentence{{a, sentence(row)}}; });
    time_edit(document, "split a row at a sentence", [&](size_t row) { return SplitRow{{b, sentence(row)}}; });
    time_edit(document, "move a sentence to the row above",
              [&](size_t row) { return MoveSentence{{b, sentence(row)}, RowDirection::Up}; });
    time_edit(document, "link two sentences 100 rows apart",
              [&](size_t row) { return LinkSentences{{b, sentence(row < 100 ? row + 100 : row - 100)}, {a, sentence(row)}}; });

    const Clock::time_point write_start = Clock::now();
    const std::string session = write_session(document);
    const double write_ms = microseconds_since(write_start) / 1000;
    const Clock::time_point read_start = Clock::now();
    must(read_session(session));
    const double read_ms = microseconds_since(read_start) / 1000;
    const size_t bytes = state.articles[0].bytes->size() + state.articles[1].bytes->size();
    std::printf("session file: %zu bytes for %zu bytes of articles (x%.2f); written in %.1f ms, read (articles "
                "read again) in %.1f ms\n",
                session.size(), bytes, double(session.size()) / double(bytes), write_ms, read_ms);
}

void bench_demo_session(const std::string& root) {
    Document document;
    std::vector<Command> commands;
    std::vector<ArticleId> compared;
    size_t bytes = 0;
    for (const char* file : {"000_84709defd8457a92.txt", "001_e7239c642e9fa5fc.txt", "002_970eac684697c81d.txt",
                             "003_292c7b092348037e.txt", "004_ca88b99b49bb6e08.txt"}) {
        std::string text = bench::read_file_or_exit(bench::seed_dir(root) + file);
        bytes += text.size();
        commands.push_back(AddArticle{file, std::move(text), ""});
        compared.push_back(ArticleId{static_cast<uint32_t>(compared.size() + 1)});
    }
    commands.push_back(SetCompared{compared});
    must(document.apply_all(std::move(commands)));
    must(document.apply(run_alignment_job(alignment_job(document))));
    const std::string session = write_session(document);
    std::printf("session file of the five demo articles compared: %zu bytes for %zu bytes of articles (x%.2f), "
                "%zu rows\n",
                session.size(), bytes, double(session.size()) / double(bytes), document.state().rows.size());
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_session REPO_ROOT\n");
        return 2;
    }
    bench_demo_session(argv[1]);
    bench_edits();
    return 0;
}
