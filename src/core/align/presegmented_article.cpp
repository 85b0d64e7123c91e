#include "core/align/presegmented_article.h"

#include "core/langid/language_identifier.h"
#include "core/text/decode.h"
#include "core/text/utf8.h"

namespace synoptic {

Article presegmented_article(std::string_view text, const std::string& name, const std::string& language) {
    Article article;
    article.name = name;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    Utf8Repair repaired = repair_utf8(text);
    article.text = std::move(repaired.text);
    if (repaired.replaced_sequences > 0)
        article.warnings.push_back("replaced " + std::to_string(repaired.replaced_sequences) +
                                   " invalid UTF-8 sequences with U+FFFD");

    size_t begin = 0;
    while (begin < article.text.size()) {
        size_t end = article.text.find('\n', begin);
        if (end == std::string::npos) end = article.text.size();
        size_t last = end;
        while (last > begin && (article.text[last - 1] == '\r' || article.text[last - 1] == ' ' ||
                                article.text[last - 1] == '\t'))
            --last;
        size_t first = begin;
        while (first < last && (article.text[first] == ' ' || article.text[first] == '\t')) ++first;
        if (first < last) {
            Paragraph paragraph;
            paragraph.span = {static_cast<uint32_t>(first), static_cast<uint32_t>(last)};
            article.paragraphs.push_back(paragraph);
        }
        begin = end + 1;
    }

    if (!language.empty()) {
        article.language = language;
        article.language_confidence = 1;
        article.language_overridden = true;
    } else {
        LanguageGuess guess = identify_language(article.text);
        article.language = guess.language;
        article.language_confidence = guess.confidence;
    }
    for (uint32_t p = 0; p < article.paragraphs.size(); ++p) {
        Paragraph& paragraph = article.paragraphs[p];
        if (article.language_overridden) {
            paragraph.language = article.language;
            paragraph.language_confidence = 1;
        } else {
            // A line is short: trust its own guess only when it is sure
            // (an English tweet inside a Kazakh page), else the article's.
            LanguageGuess guess = identify_language(article.slice(paragraph.span));
            bool confident = guess.language != "und" && guess.confidence >= 0.8f;
            paragraph.language = confident ? guess.language : article.language;
            paragraph.language_confidence = confident ? guess.confidence : article.language_confidence;
        }
        Sentence sentence;
        sentence.span = paragraph.span;
        sentence.paragraph = p;
        sentence.language = paragraph.language;
        article.sentences.push_back(sentence);
    }
    if (article.paragraphs.empty()) article.warnings.push_back("no sentences: every line is blank");
    return article;
}

Result<Article> read_presegmented_article(std::string_view bytes, const std::string& name, const std::string& language) {
    Result<DecodedText> decoded = decode_text(bytes);
    if (!decoded) return decoded.error();
    Article article = presegmented_article(decoded->text, name, language);
    article.warnings.insert(article.warnings.begin(), decoded->warnings.begin(), decoded->warnings.end());
    return article;
}

} // namespace synoptic
