// Text on screen for scripts ImGui cannot draw by itself: Dear ImGui draws
// code points left to right, so Arabic is shaped to presentation forms
// (u_shapeArabic) and every wrapped line is put in visual order (ubidi).
// Lines are broken on the logical text; the logical text stays the source
// for copy and search.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace synoptic::app {

struct VisualLine {
    std::string text;  // UTF-8 in visual (left-to-right drawing) order
    float width = 0;   // pixels at the font size the layout was made for
    // Per code point of `text`: where it stands in the logical text (in code
    // points), so a range of the sentence (a find match) is marked where it is drawn.
    std::vector<uint32_t> logical;
};

// A range of the logical text, in code points, to mark with a colour.
struct TextMark {
    uint32_t start = 0, end = 0;
    uint32_t color = 0; // ImU32
};

struct TextLayout {
    std::vector<VisualLine> lines;
    bool right_to_left = false; // paragraph direction: align lines to the right
    float wrap_width = -1;      // the width this layout was made for
};

// Lays out `logical_utf8` for drawing with `font` at `font_size`, wrapped at
// `wrap_width` pixels.
TextLayout layout_text(std::string_view logical_utf8, ImFont* font, float font_size,
                       float wrap_width);

// Unwrapped text for ImGui to draw as it is (labels, menu items): each of
// its lines shaped and in visual order, in a paragraph of the given direction.
std::string visual_text(std::string_view logical_utf8, bool right_to_left);

} // namespace synoptic::app
