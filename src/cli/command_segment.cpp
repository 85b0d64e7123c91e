// synoptic segment FILE [--lang xx] [--format text|json]: what the reader
// made of a file. Text: metadata as "# key: value" lines, then one sentence
// a line, paragraphs separated by one blank line. JSON: the Article model
// with byte offsets into "text".
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "core/ingest/read_article.h"

namespace synoptic::cli {

namespace {

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

// Sentence text on one line: runs of whitespace (a soft-wrapped line end)
// become one space.
std::string one_line(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

void print_text(const Article& a) {
    const auto meta_line = [](const char* key, const std::string& value) {
        if (!value.empty()) std::printf("# %s: %s\n", key, one_line(value).c_str());
    };
    meta_line("title", a.meta.title);
    meta_line("date", a.meta.date);
    meta_line("source", a.meta.source);
    meta_line("author", a.meta.author);
    meta_line("url", a.meta.url);
    meta_line("language_tag", a.meta.language_tag);
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, "%.2f", a.language_confidence);
    meta_line("language", a.language + (a.language_overridden ? " (set by user)" : " (confidence " + std::string(confidence) + ")"));
    meta_line("paragraphs", std::to_string(a.paragraphs.size()));
    meta_line("sentences", std::to_string(a.sentences.size()));
    for (const std::string& w : a.warnings) meta_line("warning", w);
    std::printf("\n");
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        if (i > 0 && a.sentences[i].paragraph != a.sentences[i - 1].paragraph) std::printf("\n");
        std::printf("%s\n", one_line(a.sentence_text(i)).c_str());
    }
}

void print_json(const Article& a) {
    std::string out = "{\n";
    out += "  \"name\": " + json_string(a.name) + ",\n";
    out += "  \"meta\": {\"title\": " + json_string(a.meta.title) + ", \"source\": " + json_string(a.meta.source) +
           ", \"date\": " + json_string(a.meta.date) + ", \"author\": " + json_string(a.meta.author) +
           ", \"url\": " + json_string(a.meta.url) + ", \"language_tag\": " + json_string(a.meta.language_tag) +
           "},\n";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", a.language_confidence);
    out += "  \"language\": " + json_string(a.language) + ", \"language_confidence\": " + buf +
           ", \"language_overridden\": " + (a.language_overridden ? "true" : "false") + ",\n";
    out += "  \"warnings\": [";
    for (size_t i = 0; i < a.warnings.size(); ++i) out += (i ? ", " : "") + json_string(a.warnings[i]);
    out += "],\n  \"paragraphs\": [\n";
    for (size_t i = 0; i < a.paragraphs.size(); ++i) {
        const Paragraph& p = a.paragraphs[i];
        std::snprintf(buf, sizeof buf, "%.3f", p.language_confidence);
        out += "    {\"begin\": " + std::to_string(p.span.begin) + ", \"end\": " + std::to_string(p.span.end) +
               ", \"language\": " + json_string(p.language) + ", \"language_confidence\": " + buf + "}" +
               (i + 1 < a.paragraphs.size() ? ",\n" : "\n");
    }
    out += "  ],\n  \"sentences\": [\n";
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        out += "    {\"begin\": " + std::to_string(s.span.begin) + ", \"end\": " + std::to_string(s.span.end) +
               ", \"paragraph\": " + std::to_string(s.paragraph) + ", \"language\": " + json_string(s.language) +
               ", \"text\": " + json_string(a.sentence_text(i)) + "}" + (i + 1 < a.sentences.size() ? ",\n" : "\n");
    }
    out += "  ],\n  \"text\": " + json_string(a.text) + "\n}\n";
    std::fputs(out.c_str(), stdout);
}

int usage() {
    std::fprintf(stderr, "usage: synoptic segment FILE [--lang xx] [--format text|json]\n");
    return 2;
}

} // namespace

int run_segment(const Args& args) {
    std::string file, language, format = "text";
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) language = args[++i];
        else if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else if (!args[i].empty() && args[i][0] == '-' && args[i] != "-") return usage();
        else if (file.empty()) file = args[i];
        else return usage();
    }
    if (file.empty() || (format != "text" && format != "json")) return usage();

    std::string bytes;
    if (file == "-") {
        std::ostringstream in;
        in << std::cin.rdbuf();
        bytes = in.str();
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "synoptic segment: cannot open %s\n", file.c_str());
            return 1;
        }
        std::ostringstream content;
        content << in.rdbuf();
        bytes = content.str();
    }
    ReadOptions options;
    options.name = file;
    options.language = language;
    Result<Article> article = read_article(bytes, options);
    if (!article) {
        std::fprintf(stderr, "synoptic segment: %s: %s\n", file.c_str(), article.error().message.c_str());
        return 1;
    }
    for (const std::string& w : article->warnings)
        std::fprintf(stderr, "synoptic segment: %s: warning: %s\n", file.c_str(), w.c_str());
    if (format == "json") print_json(*article);
    else print_text(*article);
    return 0;
}

} // namespace synoptic::cli
