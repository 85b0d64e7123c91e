#include "core/export/article_export.h"

namespace synoptic {

nlohmann::json article_json(const Article& a) {
    nlohmann::json paragraphs = nlohmann::json::array();
    for (const Paragraph& p : a.paragraphs)
        paragraphs.push_back({{"begin", p.span.begin}, {"end", p.span.end}, {"language", p.language},
                              {"language_confidence", p.language_confidence}});
    nlohmann::json sentences = nlohmann::json::array();
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        sentences.push_back({{"begin", s.span.begin}, {"end", s.span.end}, {"paragraph", s.paragraph},
                             {"language", s.language}, {"text", a.sentence_text(i)}});
    }
    return {{"name", a.name},
            {"meta", {{"title", a.meta.title}, {"source", a.meta.source}, {"date", a.meta.date},
                      {"author", a.meta.author}, {"url", a.meta.url}, {"language_tag", a.meta.language_tag}}},
            {"language", a.language},
            {"language_confidence", a.language_confidence},
            {"language_overridden", a.language_overridden},
            {"warnings", a.warnings},
            {"paragraphs", paragraphs},
            {"sentences", sentences},
            {"text", a.text}};
}

} // namespace synoptic
