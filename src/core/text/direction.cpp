#include "core/text/direction.h"

#include "core/text/script.h"

namespace synoptic {

const char* direction_name(Direction direction) {
    return direction == Direction::RightToLeft ? "rtl" : "ltr";
}

bool is_right_to_left_language(std::string_view language) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    // Arabic, Persian, Urdu, Pashto, Sindhi, Uyghur, Kurdish (Sorani), Dhivehi,
    // Hebrew, Yiddish: the languages whose usual script is Arabic, Hebrew or Thaana.
    constexpr std::string_view kRightToLeft[] = {"ar", "ara", "fa", "fas", "per", "ur", "urd", "ps", "pus", "sd",
                                                 "snd", "ug", "uig", "ckb", "dv", "div", "he", "heb", "iw", "yi", "yid"};
    for (std::string_view code : kRightToLeft)
        if (primary == code) return true;
    return false;
}

Direction direction_of_text(std::string_view utf8_text, Direction otherwise) {
    const ScriptCounts counts = count_scripts(utf8_text);
    if (counts.total_letters == 0) return otherwise;
    const Script dominant = counts.dominant();
    return dominant == Script::Arabic || dominant == Script::Hebrew ? Direction::RightToLeft : Direction::LeftToRight;
}

Direction direction_of_article(std::string_view language, std::string_view utf8_text) {
    if (!language.empty() && language != "und")
        return is_right_to_left_language(language) ? Direction::RightToLeft : Direction::LeftToRight;
    return direction_of_text(utf8_text, Direction::LeftToRight);
}

} // namespace synoptic
