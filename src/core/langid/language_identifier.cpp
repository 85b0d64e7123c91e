#include "core/langid/language_identifier.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unicode/uchar.h>

#include "core/langid/language_profiles.h"
#include "core/text/script.h"
#include "core/text/utf8.h"

namespace synoptic {

namespace {

// "x.com", "inform.kz", "www.aa.com.tr": a dot between two ASCII letters.
bool is_domain_like(std::string_view chunk) {
    for (size_t i = 1; i + 1 < chunk.size(); ++i)
        if (chunk[i] == '.' && std::isalpha(static_cast<unsigned char>(chunk[i - 1])) &&
            std::islower(static_cast<unsigned char>(chunk[i + 1])))
            return true;
    return false;
}

// Words of a text, lower-cased, without URLs, e-mail addresses and @handles
// (their letters are not language) and without digits.
std::vector<std::string> language_words(std::string_view text) {
    std::vector<std::string> words;
    size_t pos = 0;
    while (pos < text.size()) {
        // Find the whitespace-delimited chunk.
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t')) ++pos;
        size_t end = pos;
        while (end < text.size() && !(text[end] == ' ' || text[end] == '\n' || text[end] == '\t')) ++end;
        const std::string_view chunk = text.substr(pos, end - pos);
        pos = end;
        if (chunk.find('/') != std::string_view::npos || chunk.find('@') != std::string_view::npos ||
            is_domain_like(chunk))
            continue;
        std::string word;
        size_t i = 0;
        const auto flush = [&] {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        };
        while (i < chunk.size()) {
            const char32_t cp = next_code_point(chunk, i);
            // Apostrophes stay inside words: Turkish "ABD'nin", English "don't".
            if (u_isalpha(static_cast<UChar32>(cp)) || u_hasBinaryProperty(cp, UCHAR_DIACRITIC) ||
                ((cp == '\'' || cp == 0x2019) && !word.empty()))
                append_utf8(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
            else
                flush();
        }
        flush();
    }
    return words;
}

// Letters of the text, lower-cased, decoded once for all the counts below.
std::u32string lowercase_letters(std::string_view text) {
    std::u32string out;
    out.reserve(text.size() / 2);
    size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = next_code_point(text, pos);
        if (cp < 0x80) {
            if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') out.push_back(cp | 0x20);
            continue;
        }
        if (cp == 0x200C || u_isalpha(static_cast<UChar32>(cp)))
            out.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    }
    return out;
}

size_t count_letters_in(const std::u32string& letters_of_text, std::u32string_view letters) {
    if (letters.empty()) return 0;
    size_t count = 0;
    for (char32_t cp : letters_of_text)
        if (cp >= 0x80 && letters.find(cp) != std::u32string_view::npos) ++count;
    return count;
}

} // namespace

const std::vector<std::string>& identifiable_languages() {
    static const std::vector<std::string> languages = [] {
        std::vector<std::string> out;
        for (const LanguageProfile& p : language_profiles()) out.push_back(p.language);
        out.push_back("el");
        out.push_back("he");
        out.push_back("zh");
        return out;
    }();
    return languages;
}

LanguageGuess identify_language(std::string_view text) {
    // Scripts are counted on the words only: a URL or a handle in a Russian
    // caption does not make it Latin.
    const std::vector<std::string> words = language_words(text);
    std::string joined;
    for (const std::string& w : words) joined += w + ' ';
    const ScriptCounts scripts = count_scripts(joined);
    if (scripts.total_letters == 0) return {};
    Script script = scripts.dominant();
    // Latin letters in another script's text are mostly names, acronyms and
    // code ("GID MAX", "PangoFontDescription"): a non-Latin script with a
    // third of the letters decides.
    if (script == Script::Latin)
        for (Script other : {Script::Cyrillic, Script::Arabic, Script::Greek, Script::Hebrew, Script::Han})
            if (scripts.of(other) * 10 >= scripts.total_letters * 3) script = other;
    const float script_share = float(scripts.of(script)) / float(scripts.total_letters);
    switch (script) {
    case Script::Greek: return {"el", 0.9f * script_share};
    case Script::Hebrew: return {"he", 0.9f * script_share};
    case Script::Han: return {"zh", 0.8f * script_share};
    case Script::Other: return {"und", 0};
    default: break;
    }

    const std::u32string letters = lowercase_letters(text);
    struct Score {
        const LanguageProfile* profile;
        double evidence;
    };
    std::vector<Score> scores;
    for (const LanguageProfile& profile : language_profiles()) {
        if (profile.script != script) continue;
        double evidence = 0;
        for (const std::string& w : words) {
            if (profile.is_common_word(w)) evidence += 1.0;
            if (count_code_points(w) < 4) continue; // endings only on words of 4+ letters
            for (const std::string& e : profile.word_endings)
                if (w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) {
                    evidence += 0.4;
                    break;
                }
            for (const std::string& g : profile.letter_groups)
                if (w.find(g) != std::string::npos) evidence += 0.2;
        }
        // Letters only this language of its script uses are strong evidence;
        // letters it shares with one other are weaker; letters it lacks
        // count against it.
        evidence += profile.distinctive_letter_weight * double(count_letters_in(letters, profile.distinctive_letters));
        evidence += 0.5 * double(count_letters_in(letters, profile.shared_letters));
        evidence -= profile.foreign_letter_weight * double(count_letters_in(letters, profile.foreign_letters));
        scores.push_back({&profile, evidence});
    }
    if (scores.empty()) return {};
    std::sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
        if (a.evidence != b.evidence) return a.evidence > b.evidence;
        return a.profile->script_default && !b.profile->script_default;
    });
    const Score& best = scores[0];
    const double second = scores.size() > 1 ? std::max(0.0, scores[1].evidence) : 0.0;
    if (best.evidence <= 0) {
        // No evidence at all (a name, a byline): the script's usual language, unsure.
        for (const Score& s : scores)
            if (s.profile->script_default) return {s.profile->language, 0.3f * script_share};
        return {"und", 0};
    }
    // Confidence grows with the margin over the runner-up and with the
    // amount of evidence; a few words cannot make it certain.
    const double margin = (best.evidence - second) / best.evidence;
    const double amount = 1.0 - std::exp(-best.evidence / 4.0);
    const double confidence = (0.35 + 0.65 * margin) * (0.4 + 0.6 * amount) * script_share;
    return {best.profile->language, static_cast<float>(std::min(1.0, confidence))};
}

} // namespace synoptic
