#include "app/text_layout.h"

#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/ushape.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "imgui.h"

namespace synoptic::app {
namespace {

struct BidiCloser {
    void operator()(UBiDi* b) const { ubidi_close(b); }
};
using BidiPtr = std::unique_ptr<UBiDi, BidiCloser>;

std::u16string to_utf16(std::string_view s) {
    std::u16string out(s.size() + 1, u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(out.data()), int32_t(out.size()), &length,
                         s.data(), int32_t(s.size()), 0xFFFD, nullptr, &status);
    out.resize(U_SUCCESS(status) ? size_t(length) : 0);
    return out;
}


bool has_arabic(const std::u16string& s) {
    for (char16_t c : s)
        if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)) return true;
    return false;
}

// Stands where a ligature (lam-alef) swallowed a letter: no width, no break,
// removed before drawing.
constexpr char16_t kSwallowed = u'\uFEFF';

// Presentation forms, same length as the input, so positions in the shaped
// text are positions in the logical one. u_shapeArabic leaves a space where a
// ligature took two letters; left as a space it split the word (a gap, and a
// line break inside it), so it becomes kSwallowed.
std::u16string shape_arabic(const std::u16string& logical) {
    std::u16string shaped(logical.size(), u'\0');
    UErrorCode status = U_ZERO_ERROR;
    u_shapeArabic(reinterpret_cast<const UChar*>(logical.data()), int32_t(logical.size()),
                  reinterpret_cast<UChar*>(shaped.data()), int32_t(shaped.size()),
                  U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL |
                      U_SHAPE_LENGTH_FIXED_SPACES_NEAR,
                  &status);
    if (U_FAILURE(status)) return logical;
    for (size_t i = 0; i < shaped.size(); ++i)
        if (shaped[i] == u' ' && logical[i] != u' ') shaped[i] = kSwallowed;
    return shaped;
}

struct BreakCloser {
    void operator()(UBreakIterator* b) const { ubrk_close(b); }
};

// Where a line may start (ICU's line breaking rules, UAX #14), found on the
// logical text: true at i when a line may begin at i.
std::vector<bool> line_starts(const std::u16string& logical) {
    std::vector<bool> starts(logical.size() + 1, false);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, BreakCloser> breaks(
        ubrk_open(UBRK_LINE, "", reinterpret_cast<const UChar*>(logical.data()), int32_t(logical.size()), &status));
    if (U_FAILURE(status)) { // no line rules in the data: after spaces, as before them
        for (size_t i = 0; i < logical.size(); ++i) starts[i + 1] = logical[i] == u' ';
        return starts;
    }
    for (int32_t at = ubrk_first(breaks.get()); at != UBRK_DONE; at = ubrk_next(breaks.get())) starts[size_t(at)] = true;
    return starts;
}

void append_utf8(std::string& out, UChar32 c) {
    char bytes[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(bytes, length, 4, c, error);
    if (!error) out.append(bytes, size_t(length));
}

// Logical text [start, end) as one drawn line: in visual order (ubidi,
// mirrored brackets), without bidi controls, the marks of swallowed letters
// or the spaces at its ends, each code point with its logical place.
VisualLine visual_line(UBiDi* para, const std::u16string& text, int32_t start, int32_t end,
                       const std::vector<uint32_t>& code_point_at) {
    const int32_t length = end - start;
    std::u16string visual(size_t(length) + 1, u'\0');
    std::vector<int32_t> logical_of(size_t(length) + 1, 0);
    UErrorCode status = U_ZERO_ERROR;
    BidiPtr line(ubidi_openSized(length, 0, &status));
    ubidi_setLine(para, start, end, line.get(), &status);
    // Mirroring keeps the length, so the visual map holds for the written text.
    ubidi_writeReordered(line.get(), reinterpret_cast<UChar*>(visual.data()), int32_t(visual.size()),
                         UBIDI_DO_MIRRORING, &status);
    ubidi_getVisualMap(line.get(), logical_of.data(), &status);
    if (U_FAILURE(status)) {
        visual.assign(text, size_t(start), size_t(length));
        for (int32_t i = 0; i < length; ++i) logical_of[size_t(i)] = i;
    }
    struct Glyph {
        UChar32 c;
        uint32_t logical;
    };
    std::vector<Glyph> glyphs;
    for (int32_t v = 0; v < length;) {
        const int32_t at = v;
        UChar32 c;
        U16_NEXT(visual.data(), v, length, c);
        if (c == kSwallowed || u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL)) continue;
        int32_t logical = logical_of[size_t(at)];
        if (v - at == 2) logical = std::min(logical, logical_of[size_t(at + 1)]); // a surrogate pair, reversed
        glyphs.push_back({c, code_point_at[size_t(start + std::max(logical, 0))]});
    }
    size_t first = 0, last = glyphs.size();
    while (first < last && glyphs[first].c == u' ') ++first;
    while (last > first && glyphs[last - 1].c == u' ') --last;
    VisualLine out;
    out.logical.reserve(last - first);
    for (size_t g = first; g < last; ++g) {
        append_utf8(out.text, glyphs[g].c);
        out.logical.push_back(glyphs[g].logical);
    }
    return out;
}

float advance(ImFont* font, float scale, char32_t c) {
    if (c > 0xFFFF) c = 0xFFFD;
    return font->GetCharAdvance(ImWchar(c)) * scale;
}

} // namespace

TextLayout layout_text(std::string_view logical_utf8, ImFont* font, float font_size,
                       float wrap_width) {
    TextLayout layout;
    layout.wrap_width = wrap_width;
    std::u16string text = to_utf16(logical_utf8);
    const std::vector<bool> may_start = line_starts(text);
    std::vector<uint32_t> code_point_at(text.size() + 1);
    for (size_t i = 0, cp = 0; i <= text.size(); ++i) {
        code_point_at[i] = uint32_t(cp);
        if (i < text.size() && !U16_IS_LEAD(text[i])) ++cp;
    }
    if (has_arabic(text)) text = shape_arabic(text);

    UErrorCode status = U_ZERO_ERROR;
    BidiPtr para(ubidi_openSized(int32_t(text.size()), 0, &status));
    ubidi_setPara(para.get(), reinterpret_cast<const UChar*>(text.data()), int32_t(text.size()),
                  UBIDI_DEFAULT_LTR, nullptr, &status);
    if (U_FAILURE(status)) {
        layout.lines.push_back({std::string(logical_utf8), 0});
        return layout;
    }
    layout.right_to_left = ubidi_getParaLevel(para.get()) & 1;

    // Greedy breaking at the line break opportunities; a word wider than the
    // line is cut where it overflows.
    const float scale = font_size / font->FontSize;
    const int32_t n = int32_t(text.size());
    int32_t line_start = 0;
    while (line_start < n) {
        float width = 0, width_at_break = 0;
        int32_t last_break = -1, i = line_start, end = n;
        while (i < n) {
            int32_t next = i;
            UChar32 c;
            U16_NEXT(text.data(), next, n, c);
            if (c == u'\n') { end = i; break; }
            const float w = c == kSwallowed ? 0 : advance(font, scale, char32_t(c));
            if (width + w > wrap_width && i > line_start) {
                end = last_break > line_start ? last_break : i;
                if (last_break > line_start) width = width_at_break;
                break;
            }
            width += w;
            i = next;
            if (may_start[size_t(i)]) { last_break = i; width_at_break = width; }
        }
        if (i >= n) end = n;

        VisualLine out = visual_line(para.get(), text, line_start, end, code_point_at);
        out.width = font->CalcTextSizeA(font_size, FLT_MAX, 0, out.text.c_str()).x;
        layout.lines.push_back(std::move(out));

        line_start = end;
        while (line_start < n && (text[size_t(line_start)] == u' ' || text[size_t(line_start)] == u'\n'))
            ++line_start;
    }
    return layout;
}

std::string visual_text(std::string_view logical_utf8, bool right_to_left) {
    std::u16string text = to_utf16(logical_utf8);
    std::vector<uint32_t> code_point_at(text.size() + 1, 0); // unused: labels are not marked
    if (has_arabic(text)) text = shape_arabic(text);
    UErrorCode status = U_ZERO_ERROR;
    BidiPtr para(ubidi_openSized(int32_t(text.size()), 0, &status));
    ubidi_setPara(para.get(), reinterpret_cast<const UChar*>(text.data()), int32_t(text.size()),
                  right_to_left ? UBIDI_RTL : UBIDI_DEFAULT_LTR, nullptr, &status);
    if (U_FAILURE(status)) return std::string(logical_utf8);
    std::string out;
    const int32_t n = int32_t(text.size());
    for (int32_t start = 0; start <= n;) {
        int32_t end = start;
        while (end < n && text[size_t(end)] != u'\n') ++end;
        if (end > start) out += visual_line(para.get(), text, start, end, code_point_at).text;
        if (end < n) out += '\n';
        start = end + 1;
    }
    return out;
}

} // namespace synoptic::app
