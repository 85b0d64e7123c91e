// Quoting: a drag over a sentence's glyphs selects part of it, either way
// and in any script (the range is the logical text's, so a drag from right
// to left over Arabic selects what the reader sees); a double-click
// selects a word; Ctrl+C copies it as the article writes it.
#include "app/app.h"
#include "core/text/word_at.h"
#include "imgui.h"

namespace synoptic::app {
namespace {

const ImU32 kSelectionInk = IM_COL32(60, 110, 220, 190);

bool holds(const TextSelection& selection, SentenceRef sentence) {
    return selection.sentence && selection.sentence->article == sentence.article &&
           selection.sentence->sentence == sentence.sentence;
}

std::string_view text_of(const App& app, SentenceRef sentence) {
    const DocumentState& state = app.document.state();
    const std::optional<size_t> position = state.position_of(sentence.article);
    if (!position) return {};
    const Article& article = state.articles[*position].article();
    return sentence.sentence < article.sentences.size() ? article.sentence_text(sentence.sentence) : std::string_view{};
}

} // namespace

void track_text_selection(App& app, SentenceRef sentence, std::optional<uint32_t> glyph) {
    TextSelection& selection = app.selection;
    if (!glyph || !ImGui::IsWindowHovered()) return;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) selection.pressed_frame = ImGui::GetFrameCount();
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) || selection.double_click_heard) {
        const CodePointRange word = word_at(text_of(app, sentence), *glyph);
        if (word.end == word.start) return;
        selection.sentence = sentence;
        selection.anchor = word.start;
        selection.head = word.end - 1;
        selection.dragging = false;
        selection.shown = true;
    } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        selection.sentence = sentence;
        selection.anchor = selection.head = *glyph;
        selection.dragging = true;
        selection.shown = false;
    } else if (selection.dragging && holds(selection, sentence) && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        selection.head = *glyph;
        selection.shown |= selection.head != selection.anchor;
    }
}

void end_text_selection_frame(App& app) {
    TextSelection& selection = app.selection;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && selection.pressed_frame != ImGui::GetFrameCount())
        selection = TextSelection{};
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) selection.dragging = false;
    selection.double_click_heard = false;
}

void append_selection_marks(const App& app, SentenceRef sentence, std::vector<TextMark>& out) {
    if (app.selection.shown && holds(app.selection, sentence))
        out.push_back({app.selection.start(), app.selection.end(), kSelectionInk});
}

std::string selected_text(const App& app) {
    const TextSelection& selection = app.selection;
    if (!selection.shown || !selection.sentence) return {};
    return code_point_slice(text_of(app, *selection.sentence), {selection.start(), selection.end()});
}

bool copy_selection(App& app) {
    const std::string text = selected_text(app);
    if (text.empty() || !app.host.copy_text) return false;
    app.host.copy_text(text);
    return true;
}

} // namespace synoptic::app
