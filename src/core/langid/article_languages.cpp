#include "core/langid/article_languages.h"

#include <map>

#include "core/langid/language_identifier.h"
#include "core/text/script.h"

namespace synoptic {

namespace {

Script script_of_language(const std::string& language) {
    if (language == "kk" || language == "ru" || language == "uk") return Script::Cyrillic;
    if (language == "ar" || language == "fa") return Script::Arabic;
    if (language == "und" || language.empty()) return Script::Other;
    return Script::Latin;
}

} // namespace

void identify_article_languages(Article& article, const std::string& user_language) {
    if (!user_language.empty()) {
        article.language = user_language;
        article.language_confidence = 1;
        article.language_overridden = true;
        for (Paragraph& p : article.paragraphs) {
            p.language = user_language;
            p.language_confidence = 1;
        }
        return;
    }
    // Each paragraph's vote weighs by its letters: a long Kazakh paragraph
    // outweighs a short English tweet.
    std::map<std::string, double> votes;
    double total = 0;
    std::vector<size_t> letters(article.paragraphs.size());
    for (size_t i = 0; i < article.paragraphs.size(); ++i) {
        Paragraph& p = article.paragraphs[i];
        const std::string_view text = article.slice(p.span);
        const LanguageGuess guess = identify_language(text);
        p.language = guess.language;
        p.language_confidence = guess.confidence;
        letters[i] = count_scripts(text).total_letters;
        if (guess.language == "und") continue;
        votes[guess.language] += double(letters[i]) * (0.25 + guess.confidence);
        total += double(letters[i]) * (0.25 + guess.confidence);
    }
    std::string best = "und";
    double best_votes = 0;
    for (const auto& [language, v] : votes)
        if (v > best_votes) {
            best = language;
            best_votes = v;
        }
    article.language = best;
    article.language_confidence = total > 0 ? static_cast<float>(best_votes / total) : 0.f;
    article.language_overridden = false;
    if (best == "und") return;
    // A paragraph with little evidence of its own ("Арсен Утешев", a date)
    // in the article's script takes the article's language.
    const Script article_script = script_of_language(best);
    for (size_t i = 0; i < article.paragraphs.size(); ++i) {
        Paragraph& p = article.paragraphs[i];
        if (p.language == best) continue;
        const bool unsure = p.language_confidence < 0.5f;
        const bool same_script = script_of_language(p.language) == article_script || p.language == "und";
        if (unsure && same_script) {
            p.language = best;
            p.language_confidence = std::max(p.language_confidence, 0.5f * article.language_confidence);
        }
    }
}

} // namespace synoptic
