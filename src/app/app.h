// Synoptic's Dear ImGui application: the views a journalist works in. It uses
// the core and ImGui only; the browser (or any other host) owns the window,
// the GL context and the main loop, and calls these functions.
#pragma once
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "app/text_layout.h"
#include "core/align/similarity.h"
#include "core/base/result.h"
#include "core/compare/comparison.h"
#include "core/features/sentence_features.h"
#include "core/ingest/article.h"

struct ImFont;

namespace synoptic::app {

//-----------------------------------------------------------------------------
// [SECTION] Fonts
//-----------------------------------------------------------------------------

struct FontBytes {
    const unsigned char* data = nullptr;
    size_t size = 0;
};

// Builds ImGui's font atlas from Noto Sans (Latin, Cyrillic) with Noto Sans
// Arabic merged in (presentation forms included, for shaped Arabic).
void load_fonts(FontBytes latin_cyrillic, FontBytes arabic, float pixel_size);

//-----------------------------------------------------------------------------
// [SECTION] The workspace: articles the user opened and what they compare
//-----------------------------------------------------------------------------

struct Workspace {
    std::vector<Article> articles;
    std::vector<std::vector<SentenceFeatures>> features; // [article], extracted once on add
    std::vector<int> compared;     // indices into articles, shown as columns
    AlignMode mode = AlignMode::Auto;

    // The comparison of `compared` (in that order) under `mode`; made again
    // by refresh_comparison when either changed.
    Comparison comparison;
    std::vector<int> comparison_of;
    AlignMode comparison_mode = AlignMode::Auto;
    unsigned comparison_generation = 0; // counts the comparisons made, for caches of views
};

// Reads bytes into a new article; on failure nothing is added and the error
// says why (empty, binary, no article text...).
Result<size_t> add_article(Workspace& workspace, std::string_view name, std::string_view bytes);

// Removes an article; the compared selection and the comparison follow.
void remove_article(Workspace& workspace, size_t index);

// True when the selection or the mode changed since the last comparison.
bool comparison_outdated(const Workspace& workspace);

// Aligns the compared articles again if the selection or the mode changed.
// Fewer than two compared articles leave an empty comparison.
void refresh_comparison(Workspace& workspace);

// A JSON summary for tests and embedders (window.synoptic.state()).
nlohmann::json workspace_state(const Workspace& workspace);

//-----------------------------------------------------------------------------
// [SECTION] Exports of the current comparison
//-----------------------------------------------------------------------------

enum class ExportKind {
    ComparisonJson, // rows, facts and conflicts of every compared article (JSON)
    ComparisonText, // the same as a plain-text report
    PairTsv,        // the first two compared articles, row by row, tab-separated
    PairTmx,        // the same as a TMX 1.4 translation memory
};

struct ExportedFile {
    std::string file_name;
    std::string mime_type;
    std::string content;
};

Result<ExportedFile> export_comparison(Workspace& workspace, ExportKind kind);

//-----------------------------------------------------------------------------
// [SECTION] Host: what the app asks of whoever runs it (the page)
//-----------------------------------------------------------------------------

struct Host {
    std::function<void(const ExportedFile&)> save_file;  // offer a file to the user
    std::function<void(const std::string&)> copy_text;   // put text on the clipboard
    std::function<void(size_t article)> article_removed; // the user removed an article
};

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

struct RenderStats {
    long glyphs_drawn = 0;   // code points drawn this frame
    long glyphs_missing = 0; // of which the fonts had no glyph ("?" boxes)
    long rows_drawn = 0;     // aligned rows drawn (the others are outside the view)
};

// Wrapped, shaped, reordered sentences, kept between frames so a frame does
// no text layout unless a column's width changed.
struct LayoutCache {
    std::vector<std::vector<TextLayout>> sentences; // [article][sentence]
    std::vector<TextLayout> titles;                 // [article], for the library

    // Heights of the aligned rows (estimated from text length until a row is
    // drawn, then measured), so a book-length comparison draws only the rows
    // in view. Valid for one comparison at one column width.
    std::vector<float> row_heights;
    unsigned row_heights_generation = ~0u;
    float row_heights_width = -1;

    // What the hovered row's sentences share (core/compare/row_evidence.h),
    // worked out when the pointer reaches another row, not every frame.
    std::vector<SharedEvidence> row_evidence;
    size_t row_evidence_row = SIZE_MAX;
    unsigned row_evidence_generation = ~0u;
};

// Where the last frame drew controls that automation (tests, tutorials of
// an embedding portal) may want to click, in screen pixels; w = 0 when not drawn.
struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};
struct Landmarks {
    Rect export_button;
    Rect first_cell;                      // the first row's cell of the first compared article
    std::vector<Rect> library_checkboxes; // per article: the box that puts it in the comparison
};

struct App {
    float ui_scale = 1; // device pixels per layout pixel (the host's HiDPI ratio)
    Workspace workspace;
    LayoutCache layouts;
    RenderStats stats;
    std::string status; // last message for the user (errors of a drop, ...)
    Host host;
    Landmarks landmarks;
    bool alignment_announced = false; // a frame said "Aligning…" before a long comparison
};

// Draws one frame of the whole application into the current ImGui context.
void draw_frame(App& app);

// Removes an article from the workspace and the layout caches, and tells the host.
void remove_article(App& app, size_t index);

} // namespace synoptic::app
