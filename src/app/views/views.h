// The views of the application, each drawn inside the current ImGui window.
#pragma once
#include "app/app.h"

namespace synoptic::app {

void draw_library_view(App& app);
void draw_compare_view(App& app);

// Text wrapped to `width` through a cached layout (re-made when the width
// changes), right-aligned when it is right-to-left; counts glyphs drawn and
// missing into app.stats.
// `marks` (ranges of `text` in code points) are drawn as coloured bands behind the glyphs.
// `hovered`, when given, is set to the logical index of the glyph under the
// mouse (nullopt when the mouse is over none).
void draw_wrapped(App& app, TextLayout& cached, std::string_view text, float width,
                  const std::vector<TextMark>* marks = nullptr, std::optional<uint32_t>* hovered = nullptr);

// A sentence wrapped to the available width, right-aligned when it is
// right-to-left; counts glyphs drawn and missing into app.stats. The mouse
// over it selects part of it to quote (text_selection.cpp).
void draw_sentence(App& app, size_t article, size_t sentence, float width,
                   const std::vector<TextMark>* marks = nullptr);

// Row edits (row_edits.cpp): the cell menu's items that change the rows,
// the marks of rows the user edited or checked (in the row's strip, the
// current table cell).
void draw_row_edit_items(App& app, size_t row, size_t column);
void draw_row_marks(const Row& row);

// "Pairs…": each pair of compared articles, the mode the last alignment
// used for it and why, and a mode of its own to choose (pair_modes.cpp).
void draw_pair_modes(App& app);

// Puts the next item on the current line when `width` more pixels fit there,
// else on a new line: toolbars and meta lines wrap in a narrow window
// instead of running out of it.
void same_line_if_fits(float width);

// The answer line of a confirmation dialog: the action's button, then
// Cancel (or Escape); either closes the dialog. Both are reported under
// their labels (state().layout.menuItems) for automation.
enum class DialogAnswer { None, Yes, Cancel };
DialogAnswer draw_dialog_answers(App& app, Msg yes_label);

// Where the last item of an open menu was drawn, under its label
// (state().layout.menuItems), for automation to click it.
// A message's item is reported under its English text, in every language.
void note_menu_item(App& app, const char* label);
void note_menu_item(App& app, Msg label);

// The find box (find_bar.cpp), and the marks of the find's matches in one
// sentence of a column, appended to `out`.
void draw_find_bar(App& app);
void append_find_marks(App& app, size_t column, uint32_t sentence, std::vector<TextMark>& out);

// The row's facts where a sentence of it writes them (fact_ink.cpp): a
// shared fact in the same colour in every column, a conflicting value in
// red; appended to `out` and noted for state() (layout.factMarks).
void append_fact_ink(App& app, size_t row, size_t column, uint32_t sentence, std::vector<TextMark>& out);

// "Keep in this browser" and "Forget all…" with its confirmation (storage_controls.cpp).
void draw_storage_controls(App& app);

// The Export menu's "Save session" entry, and the question before a
// dropped session replaces the open articles (session_menu.cpp).
void draw_save_session_item(App& app);
void draw_open_session_dialog(App& app);

} // namespace synoptic::app
