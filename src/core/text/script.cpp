#include "core/text/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/text/utf8.h"

namespace synoptic {

Script script_of(char32_t cp) {
    // The common ranges are decided without ICU: this runs on every letter.
    if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? Script::Latin : Script::Other;
    if (cp >= 0x0400 && cp <= 0x052F) return Script::Cyrillic;
    if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
        (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
        return Script::Arabic;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
    case USCRIPT_LATIN: return Script::Latin;
    case USCRIPT_CYRILLIC: return Script::Cyrillic;
    case USCRIPT_ARABIC: return Script::Arabic;
    case USCRIPT_GREEK: return Script::Greek;
    case USCRIPT_HEBREW: return Script::Hebrew;
    case USCRIPT_HAN: return Script::Han;
    default: return Script::Other;
    }
}

const char* script_name(Script script) {
    switch (script) {
    case Script::Latin: return "Latin";
    case Script::Cyrillic: return "Cyrillic";
    case Script::Arabic: return "Arabic";
    case Script::Greek: return "Greek";
    case Script::Hebrew: return "Hebrew";
    case Script::Han: return "Han";
    default: return "Other";
    }
}

bool is_caseless_script(Script script) {
    return script == Script::Arabic || script == Script::Hebrew || script == Script::Han;
}

Script ScriptCounts::dominant() const {
    size_t best = 0;
    Script result = Script::Other;
    for (size_t i = 1; i < letters.size(); ++i)
        if (letters[i] > best) {
            best = letters[i];
            result = static_cast<Script>(i);
        }
    return result;
}

ScriptCounts count_scripts(std::string_view text) {
    ScriptCounts counts;
    size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = next_code_point(text, pos);
        if (cp < 0x80 && !(((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'))) continue;
        if (cp >= 0x80 && !u_isalpha(static_cast<UChar32>(cp))) continue;
        const Script s = script_of(cp);
        ++counts.letters[static_cast<size_t>(s)];
        ++counts.total_letters;
    }
    return counts;
}

} // namespace synoptic
