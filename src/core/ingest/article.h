// The Article model: what every reader produces and everything downstream
// consumes. Offsets are byte offsets into Article::text, the decoded UTF-8
// text of the article (for HTML: the extracted body text), so any view can
// point back at the words the reader saw.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace synoptic {

// The readers: how bytes are taken apart into paragraphs (Auto: by the file
// name, then by the content).
enum class InputFormat { Auto, PlainText, Html, Markdown };

struct ByteSpan {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t size() const { return end - begin; }
};

struct Paragraph {
    ByteSpan span;
    std::string language;          // ISO 639-1 ("kk", "ru", ...) or "und"
    float language_confidence = 0; // 0..1
};

struct Sentence {
    ByteSpan span;
    uint32_t paragraph = 0;        // index into Article::paragraphs
    std::string language;          // usually the paragraph's
};

struct ArticleMetadata {
    std::string title;
    std::string source;            // outlet or site name
    std::string date;              // ISO 8601 (YYYY-MM-DD) where known
    std::string author;
    std::string url;
    std::string language_tag;      // as written in the input (e.g. "РУ"), if any
};

struct Article {
    std::string name;              // file name or label given by the user
    std::string text;              // decoded UTF-8; spans point into it
    InputFormat format = InputFormat::Auto; // the reader that read it (never Auto once read), so
                                            // the same bytes can be read the same way again
    ArticleMetadata meta;
    std::string language = "und";  // dominant language
    float language_confidence = 0;
    bool language_overridden = false;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<std::string> warnings; // best-effort repairs the user should know of

    std::string_view slice(ByteSpan s) const {
        return std::string_view(text).substr(s.begin, s.end - s.begin);
    }
    std::string_view sentence_text(size_t i) const { return slice(sentences[i].span); }

    // Sentences `ids` (as given; unknown ids skipped) joined by a space: one
    // side of a bead, one cell of a row.
    std::string joined_text(const std::vector<uint32_t>& ids) const {
        std::string out;
        for (uint32_t id : ids) {
            if (id >= sentences.size()) continue;
            if (!out.empty()) out += ' ';
            out += sentence_text(id);
        }
        return out;
    }
};

} // namespace synoptic
