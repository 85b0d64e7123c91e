#include "core/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace synoptic {
namespace {

// Arabic marks that writers add or omit freely: harakat, shadda, sukun,
// superscript alef, Quranic annotation signs.
bool is_arabic_optional_mark(UChar32 c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
}

UChar32 unify(UChar32 c) {
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627; // آ أ إ ٱ → ا
    case 0x0649: case 0x06CC: return 0x064A;                            // ى ی → ي
    case 0x0629: return 0x0647;                                         // ة → ه
    case 0x06A9: return 0x0643;                                         // ک → ك
    case 0x0451: return 0x0435;                                         // ё → е
    case 0x066B: return '.';                                            // Arabic decimal separator
    case 0x066C: return ',';                                            // Arabic thousands separator
    case 0x060C: return ',';                                            // Arabic comma
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x066A: return '%';
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x0060: case 0x00B4:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A: case 0x2033: case 0x300C: case 0x300D:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
        return '-';
    case 0x00A0: case 0x202F: case 0x2007: case 0x2009: return ' ';
    default: return c;
    }
}

} // namespace

bool uses_turkic_casing(std::string_view language) {
    return language == "tr" || language == "az" || language == "kk" || language == "tt" ||
           language == "crh";
}

std::string normalize_for_matching(std::string_view utf8, std::string_view language) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    text.foldCase(uses_turkic_casing(language) ? U_FOLD_CASE_EXCLUDE_SPECIAL_I
                                               : U_FOLD_CASE_DEFAULT);
    if (U_SUCCESS(status)) {
        icu::UnicodeString composed = nfkc->normalize(text, status);
        if (U_SUCCESS(status)) text = composed;
    }
    icu::UnicodeString out;
    for (int32_t i = 0; i < text.length();) {
        UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (c == 0x0640 || is_arabic_optional_mark(c)) continue; // tatweel, harakat
        if (c == 0x0307 && !uses_turkic_casing(language)) continue; // i̇ left by folding İ
        if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
            out.append(static_cast<UChar>('0' + u_charDigitValue(c)));
            continue;
        }
        out.append(unify(c));
    }
    std::string result;
    out.toUTF8String(result);
    return result;
}

} // namespace synoptic
