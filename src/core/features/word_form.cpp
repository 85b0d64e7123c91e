#include "core/features/word_form.h"

#include "core/features/stem.h"
#include "core/text/utf8.h"

namespace synoptic {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string strip_arabic_clitics(std::string_view w) {
    // Each Arabic letter is two bytes in UTF-8.
    static const std::string_view kProclitics[] = {"و", "ف", "ب", "ل", "ك"};
    static const std::string_view kArticle = "ال";
    if (starts_with(w, kArticle) && count_code_points(w) >= 5) return std::string(w.substr(kArticle.size()));
    for (std::string_view p : kProclitics) {
        if (!starts_with(w, p)) continue;
        std::string_view rest = w.substr(p.size());
        if (starts_with(rest, kArticle) && count_code_points(rest) >= 5) return std::string(rest.substr(kArticle.size()));
        if (p == "ل" && starts_with(rest, "ل") && count_code_points(rest) >= 4) return std::string(rest.substr(p.size())); // لل = ل + ال
        if (count_code_points(rest) >= 3) return std::string(rest);
        break;
    }
    return std::string(w);
}

std::string name_form(std::string_view norm, std::string_view language) {
    if (language == "ar") {
        // Only the article: a one-letter proclitic is too often the name's own
        // first letter (بايدن Biden, واشنطن Washington, كوشنر Kushner).
        for (std::string_view article : {"وال", "بال", "فال", "كال", "لل", "ال"})
            if (starts_with(norm, article) && count_code_points(norm) >= 5) return std::string(norm.substr(article.size()));
        return std::string(norm);
    }
    if (language == "kk") return strip_kazakh_suffixes(norm);
    size_t apostrophe = norm.find('\'');
    if (apostrophe != std::string_view::npos && apostrophe > 0) norm = norm.substr(0, apostrophe);
    if (language == "ru" || language == "uk" || language == "be") {
        static const std::string_view kEndings[] = {"ами", "ями", "ом", "ем", "ой", "ей", "ым", "им",
                                                    "ах", "ях", "ам", "ям", "а", "я", "у", "ю", "е", "ы"};
        for (std::string_view e : kEndings)
            if (norm.size() > e.size() && norm.substr(norm.size() - e.size()) == e &&
                count_code_points(norm.substr(0, norm.size() - e.size())) >= 3)
                return std::string(norm.substr(0, norm.size() - e.size()));
    }
    return std::string(norm);
}

std::string root_form(std::string_view norm, std::string_view language) {
    return language == "ar" ? strip_arabic_clitics(norm) : std::string(norm);
}

std::string word_form(std::string_view norm, std::string_view language) {
    if (language == "ar") return strip_arabic_clitics(norm);
    return stem_word(norm, language);
}

} // namespace synoptic
