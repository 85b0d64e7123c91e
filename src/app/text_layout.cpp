#include "app/text_layout.h"

#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/ushape.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

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

std::string to_utf8(const UChar* s, int32_t length) {
    std::string out(size_t(length) * 3 + 1, '\0');
    int32_t written = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8WithSub(out.data(), int32_t(out.size()), &written, s, length, 0xFFFD, nullptr,
                       &status);
    out.resize(U_SUCCESS(status) ? size_t(written) : 0);
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

void erase_swallowed(std::u16string& visual, int32_t& length) {
    int32_t kept = 0;
    for (int32_t i = 0; i < length; ++i)
        if (visual[size_t(i)] != kSwallowed) visual[size_t(kept++)] = visual[size_t(i)];
    length = kept;
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

        BidiPtr line(ubidi_openSized(end - line_start, 0, &status));
        ubidi_setLine(para.get(), line_start, end, line.get(), &status);
        std::u16string visual(size_t(end - line_start) + 1, u'\0');
        int32_t visual_length = ubidi_writeReordered(
            line.get(), reinterpret_cast<UChar*>(visual.data()), int32_t(visual.size()),
            UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            visual.assign(text, size_t(line_start), size_t(end - line_start));
            visual_length = int32_t(visual.size());
        }
        erase_swallowed(visual, visual_length);
        VisualLine out;
        out.text = to_utf8(reinterpret_cast<UChar*>(visual.data()), visual_length);
        // Trailing spaces do not count toward the width used for alignment.
        while (!out.text.empty() && out.text.back() == ' ') out.text.pop_back();
        while (!out.text.empty() && out.text.front() == ' ') out.text.erase(0, 1);
        out.width = font->CalcTextSizeA(font_size, FLT_MAX, 0, out.text.c_str()).x;
        layout.lines.push_back(std::move(out));

        line_start = end;
        while (line_start < n && (text[size_t(line_start)] == u' ' || text[size_t(line_start)] == u'\n'))
            ++line_start;
    }
    return layout;
}

} // namespace synoptic::app
