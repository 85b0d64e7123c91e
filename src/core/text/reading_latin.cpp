#include "core/text/reading_latin.h"

#include <map>
#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace synoptic {
namespace {

const char* transliterator_id(std::string_view language) {
    if (language == "kk") return "Kazakh-Latin/BGN; NFC";
    if (language == "ru" || language == "uk" || language == "be" || language == "ky") return "Russian-Latin/BGN; NFC";
    if (language == "ar") return "Arabic-Latin; NFC";
    return "Any-Latin; NFC";
}

// Made once per id: ICU builds a transliterator from its rules, which is slow.
icu::Transliterator* transliterator(const char* id) {
    static std::map<std::string, std::unique_ptr<icu::Transliterator>> made;
    auto found = made.find(id);
    if (found != made.end()) return found->second.get();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return made.emplace(id, std::move(t)).first->second.get();
}

} // namespace

bool needs_latin_for_reading(std::string_view language) {
    static const std::string_view kLatinScript[] = {"en", "tr", "de", "fr", "es", "it", "uz", "az", "pl", "nl"};
    for (std::string_view latin : kLatinScript)
        if (language == latin) return false;
    return true;
}

std::string latin_for_reading(std::string_view text, std::string_view language) {
    icu::Transliterator* romanize = transliterator(transliterator_id(language));
    if (!romanize) return std::string(text); // the data lacks the rules: the text as written
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
    romanize->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

} // namespace synoptic
