// The views of the application, each drawn inside the current ImGui window.
#pragma once
#include "app/app.h"

namespace synoptic::app {

void draw_library_view(App& app);
void draw_compare_view(App& app);

// Text wrapped to `width` through a cached layout (re-made when the width
// changes), right-aligned when it is right-to-left; counts glyphs drawn and
// missing into app.stats.
void draw_wrapped(App& app, TextLayout& cached, std::string_view text, float width);

// A sentence wrapped to the available width, right-aligned when it is
// right-to-left; counts glyphs drawn and missing into app.stats.
void draw_sentence(App& app, size_t article, size_t sentence, float width);

} // namespace synoptic::app
