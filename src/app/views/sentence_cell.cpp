#include "imgui_internal.h" // ImTextCharFromUtf8
#include <algorithm>

#include "core/text/reading_latin.h"
#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

void count_glyphs(RenderStats& stats, ImFont* font, const std::string& text) {
    const char* s = text.c_str();
    const char* end = s + text.size();
    while (s < end) {
        unsigned int c = 0;
        s += ImTextCharFromUtf8(&c, s, end);
        if (c == ' ') continue;
        ++stats.glyphs_drawn;
        if (!font->FindGlyphNoFallback(ImWchar(c))) ++stats.glyphs_missing;
    }
}

// Calls visit(logical index, left edge, advance) for each glyph of `line`
// drawn from x = `left`, at the advances ImGui draws with, until it returns false.
template <class Visit>
void for_each_glyph(ImFont* font, float size, const VisualLine& line, float left, Visit visit) {
    const float scale = size / font->FontSize;
    const char* s = line.text.c_str();
    const char* end = s + line.text.size();
    float x = left;
    for (size_t glyph = 0; s < end && glyph < line.logical.size(); ++glyph) {
        unsigned int c = 0;
        s += ImTextCharFromUtf8(&c, s, end);
        const float advance = font->GetCharAdvance(ImWchar(c)) * scale;
        if (!visit(line.logical[glyph], x, advance)) return;
        x += advance;
    }
}

// Bands behind the glyphs of a line that stand in a marked range.
void draw_marks(ImFont* font, float size, const VisualLine& line, const std::vector<TextMark>& marks) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetTextLineHeight();
    for_each_glyph(font, size, line, at.x, [&](uint32_t logical, float x, float advance) {
        for (const TextMark& mark : marks)
            if (logical >= mark.start && logical < mark.end)
                draw->AddRectFilled(ImVec2(x, at.y), ImVec2(x + advance, at.y + height), mark.color);
        return true;
    });
}

// The logical index of the glyph of `line` (drawn from `at`) under the mouse.
std::optional<uint32_t> glyph_under_mouse(ImFont* font, float size, const VisualLine& line, ImVec2 at) {
    const ImVec2 mouse = ImGui::GetMousePos();
    if (mouse.y < at.y || mouse.y >= at.y + ImGui::GetTextLineHeight() || mouse.x < at.x) return std::nullopt;
    std::optional<uint32_t> under;
    for_each_glyph(font, size, line, at.x, [&](uint32_t logical, float x, float advance) {
        if (mouse.x < x + advance) under = logical;
        return !under;
    });
    return under;
}

} // namespace

void draw_sentence(App& app, size_t article, size_t sentence, float width, const std::vector<TextMark>* marks) {
    // The library view (drawn first) keeps one cache per library position.
    const DocumentArticle& d = app.document.state().articles[article];
    const Article& a = d.article();
    const bool latin = std::find(app.shown_in_latin.begin(), app.shown_in_latin.end(), d.id) != app.shown_in_latin.end();
    auto& cache = latin ? app.layouts.latin_layouts[article] : app.layouts.sentences[article];
    if (cache.size() != a.sentences.size()) cache.assign(a.sentences.size(), TextLayout{});
    if (!latin) {
        std::optional<uint32_t> hovered;
        draw_wrapped(app, cache[sentence], a.sentence_text(sentence), width, marks, &hovered);
        track_text_selection(app, {d.id, uint32_t(sentence)}, hovered);
        return;
    }
    std::vector<std::string>& romanized = app.layouts.latin_text[article];
    if (romanized.size() != a.sentences.size()) romanized.assign(a.sentences.size(), std::string());
    if (romanized[sentence].empty()) romanized[sentence] = latin_for_reading(a.sentence_text(sentence), a.language);
    draw_wrapped(app, cache[sentence], romanized[sentence], width);
}

void same_line_if_fits(float width) {
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

void draw_wrapped(App& app, TextLayout& layout, std::string_view text, float width,
                  const std::vector<TextMark>* marks, std::optional<uint32_t>* hovered) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    if (layout.wrap_width != width) layout = layout_text(text, font, size, width);

    const float x0 = ImGui::GetCursorPosX();
    for (const VisualLine& line : layout.lines) {
        if (layout.right_to_left) ImGui::SetCursorPosX(x0 + std::max(0.0f, width - line.width));
        if (marks && !marks->empty()) draw_marks(font, size, line, *marks);
        if (hovered && !*hovered) *hovered = glyph_under_mouse(font, size, line, ImGui::GetCursorScreenPos());
        ImGui::TextUnformatted(line.text.c_str(), line.text.c_str() + line.text.size());
        count_glyphs(app.stats, font, line.text);
    }
    ImGui::SetCursorPosX(x0);
}

} // namespace synoptic::app
