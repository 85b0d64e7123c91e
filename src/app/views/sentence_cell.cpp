#include "imgui_internal.h" // ImTextCharFromUtf8
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

} // namespace

void draw_sentence(App& app, size_t article, size_t sentence, float width) {
    // The library view (drawn first) keeps one cache per library position.
    auto& cache = app.layouts.sentences[article];
    const Article& a = app.document.state().articles[article].article();
    if (cache.size() != a.sentences.size()) cache.assign(a.sentences.size(), TextLayout{});
    draw_wrapped(app, cache[sentence], a.sentence_text(sentence), width);
}

void same_line_if_fits(float width) {
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

void draw_wrapped(App& app, TextLayout& layout, std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    if (layout.wrap_width != width) layout = layout_text(text, font, size, width);

    const float x0 = ImGui::GetCursorPosX();
    for (const VisualLine& line : layout.lines) {
        if (layout.right_to_left) ImGui::SetCursorPosX(x0 + std::max(0.0f, width - line.width));
        ImGui::TextUnformatted(line.text.c_str(), line.text.c_str() + line.text.size());
        count_glyphs(app.stats, font, line.text);
    }
    ImGui::SetCursorPosX(x0);
}

} // namespace synoptic::app
