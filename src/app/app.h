// Synoptic's Dear ImGui application: the views a journalist works in. It uses
// the core and ImGui only; the browser (or any other host) owns the window,
// the GL context and the main loop, and calls these functions.
#pragma once
#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/i18n/catalog.h"
#include "app/text_layout.h"
#include "core/align/similarity.h"
#include "core/base/result.h"
#include "core/compare/comparison.h"
#include "core/compare/fact_marks.h"
#include "core/features/sentence_features.h"
#include "core/ingest/article.h"
#include "core/session/document.h"
#include "core/search/find.h"
#include "core/search/find_index.h"
#include "core/session/document_export.h"

struct ImFont;

namespace synoptic::app {

struct App;

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
// [SECTION] What the views show beside the document
//-----------------------------------------------------------------------------

// The document (core/session/document.h) is the one truth; the app keeps
// beside it only what is derived from it for drawing and for state(), each
// stamped with the revision it was made at.
struct DocumentView {
    // The facts of the document's rows (row colours, tooltips, the Facts tab),
    // worked out again when the revision changes.
    Comparison comparison;
    Revision comparison_revision = ~Revision(0);
    // The last alignment's pairs (modes and their reasons) for state() and
    // the mode picker's tooltip; valid while the same articles are compared.
    std::vector<PairAlignment> pairs;
    std::vector<ArticleId> pairs_of;
};

// Reads bytes into a new article in one undoable step; while fewer than two
// articles are compared, the new one joins the comparison. On failure
// nothing changes and the error says why (empty, binary, no article text...).
Result<ArticleId> add_article(Document& document, std::string_view name, std::string_view bytes);

// A JSON summary for tests and embedders (window.synoptic.state()).
nlohmann::json document_state_json(const Document& document, const DocumentView& view);

//-----------------------------------------------------------------------------
// [SECTION] Host: what the app asks of whoever runs it (the page)
//-----------------------------------------------------------------------------

struct Host {
    std::function<void(const ExportedFile&)> save_file;  // offer a file to the user
    std::function<void(const std::string&)> copy_text;   // put text on the clipboard
    std::function<void(Revision)> document_changed;      // the document changed (the page keeps the session)
    std::function<void()> forget_kept;                   // delete what the browser keeps of the session
    std::function<void(bool)> keep_in_browser_changed;   // the user ticked or unticked "Keep in this browser"
    // The reader chose a cell (a click, the keys, a find): the library position
    // of its article and its first sentence (-1 for an empty cell), and the row.
    std::function<void(size_t article, long sentence, size_t row)> selection_changed;
    // The reader chose the interface's language (the page remembers it).
    std::function<void(const std::string&)> interface_language_changed;
};

//-----------------------------------------------------------------------------
// [SECTION] The interface's words (interface_text.cpp)
//-----------------------------------------------------------------------------

using i18n::Msg;

// The interface's words in the reader's language (src/app/i18n), ready to
// draw: in a right-to-left language shaped and in visual order. Kept between
// frames, so an idle frame formats and allocates nothing.
struct InterfaceText {
    std::unique_ptr<i18n::Catalog> catalog; // the reader's language
    std::unique_ptr<i18n::Catalog> english; // automation's names for menu items, in every language
    std::vector<std::string> shown;         // per message without arguments, ready to draw ("" = not yet)
    std::vector<std::string> labels;        // per message: "shown###key", an ImGui id the same in every language
    std::vector<TextLayout> wrapped;        // per message drawn wrapped
    // Messages with arguments, by a hash of the message and its arguments.
    std::unordered_map<uint64_t, std::string> formatted;
    // The messages the last frame drew (state().interfaceMessages): which
    // words a reader saw, for tests that nothing is left in another language.
    std::bitset<i18n::kMessageCount> drawn;
    std::vector<std::string> language_names; // per interface language, its own name, ready to draw
    TextLayout status;        // the status line, wrapped
    std::string status_shown; // the status text that layout is of
};

// Shows the interface in a language of i18n::interface_languages(); for
// another (or a damaged catalog) nothing changes and the error says why.
// Tells the host, which remembers the choice.
Result<bool> set_interface_language(App& app, std::string_view language);
const i18n::Catalog& interface_catalog(App& app);
bool interface_right_to_left(App& app);

// A message ready to draw; with arguments ({"count", 3}) in the second form.
const char* ui(App& app, Msg message);
const char* ui(App& app, Msg message, std::initializer_list<i18n::MessageArg> args);
// The message with a "###" id that stays the same when the language changes
// (tabs, dialogs: switching languages keeps them as they are).
const char* ui_label(App& app, Msg message);
// The message's text in logical order (the status line, copied text).
std::string ui_logical(App& app, Msg message, std::initializer_list<i18n::MessageArg> args = {});
// The message's English text: what automation calls a menu item.
const char* ui_english(App& app, Msg message);
// A message wrapped to the available width in the reader's direction.
void ui_wrapped(App& app, Msg message);

// The interface's names of the core's kinds of things.
Msg fact_status_message(FactStatus status);
Msg anchor_kind_message(AnchorKind kind);
Msg align_mode_message(AlignMode mode); // the mode a pair was aligned in

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
    std::vector<std::vector<TextLayout>> sentences; // [article position][sentence]
    std::vector<TextLayout> titles;                 // [article position], for the library
    // Sentences of articles the reader shows in Latin letters, romanized when
    // first drawn ("" = not yet).
    std::vector<std::vector<std::string>> latin_text; // [article position][sentence]
    std::vector<std::vector<TextLayout>> latin_layouts;
    // What the caches above were made for, per library position: an article
    // read again, removed or brought back gets fresh layouts.
    std::vector<const ArticleAnalysis*> made_for;
    std::vector<std::string> titles_for;

    // Heights of the aligned rows (estimated from text length until a row is
    // drawn, then measured), so a book-length comparison draws only the rows
    // in view. Valid for one comparison at one column width.
    std::vector<float> row_heights;
    Revision row_heights_revision = ~Revision(0);
    float row_heights_width = -1;
    float rows_view_height = 0; // the rows' visible height last frame: a screenful for PageDown

    // What the hovered row's sentences share (core/compare/row_evidence.h),
    // worked out when the pointer reaches another row, not every frame.
    std::vector<SharedEvidence> row_evidence;
    size_t row_evidence_row = SIZE_MAX;
    Revision row_evidence_revision = ~Revision(0);

    // A sentence's marks (its facts, the find's matches) while a frame draws
    // it: one vector for every cell, so drawing allocates nothing per cell.
    std::vector<TextMark> sentence_marks;
    std::vector<FactMark> fact_marks;
};

// Where the last frame drew controls that automation (tests, tutorials of
// an embedding portal) may want to click, in screen pixels; w = 0 when not drawn.
struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};
struct CellLandmark {
    size_t row = 0, column = 0;
    Rect rect;
};
// A fact coloured in a drawn sentence (code points of the sentence's text).
struct FactInkLandmark {
    size_t row = 0, column = 0;
    uint32_t sentence = 0, start = 0, end = 0;
    size_t fact = 0; // index into the comparison's facts: one colour per fact
    FactStatus status = FactStatus::Shared;
};
struct MenuItemLandmark {
    const char* label = ""; // the item's English text, in every interface language
    Rect rect;
};
// Cells are reported for the first columns of the rows drawn only.
constexpr size_t kMaxLandmarkColumns = 8;
struct Landmarks {
    Rect export_button;
    Rect pairs_button;                    // "Pairs…", the modes of single pairs
    Rect facts_tab;                       // the "Facts" tab
    std::vector<Rect> fact_names;         // the Facts tab's facts drawn, in its order (click one to find it)
    std::vector<Rect> latin_buttons;      // per compared column: its "Latin" toggle (w = 0: a Latin script)
    Rect forget_all_button;               // "Forget all…" (it asks first, in a dialog)
    Rect keep_in_browser_checkbox;        // "Keep in this browser"; the box is the rect's left square
    Rect first_cell;                      // the first row's cell of the first compared article
    Rect interface_language;              // the picker of the interface's language
    std::vector<Rect> library_checkboxes; // per article: the box that puts it in the comparison
    std::vector<CellLandmark> cells;      // every drawn cell: right-click one to edit its row
    std::vector<FactInkLandmark> fact_ink; // the facts coloured in the drawn cells
    std::vector<MenuItemLandmark> menu_items; // the open menu's or dialog's items (Export, row edits, Forget all)

    // Forgets the last frame's places, keeping the lists' memory.
    void clear() {
        export_button = pairs_button = facts_tab = forget_all_button = keep_in_browser_checkbox = first_cell =
            interface_language = Rect{};
        library_checkboxes.clear();
        fact_names.clear();
        latin_buttons.clear();
        cells.clear();
        fact_ink.clear();
        menu_items.clear();
    }
};

// What the views ask of the document while a frame is drawn; applied
// between frames (run_requests), so no view reads rows a command replaced.
enum class HistoryRequest { None, Undo, Redo };
struct Requests {
    std::vector<Command> commands; // each applied as its own step
    HistoryRequest history = HistoryRequest::None;
    bool forget_all = false;           // the user confirmed "Forget all"
    bool open_pending_session = false; // the user let a dropped session replace the library
    std::string interface_language;    // the reader chose another language for the interface
};

// A session file dropped while articles are open: it waits, read and
// checked, until the user says it may replace them (or cancels).
struct PendingSession {
    std::string name;
    Document document;
};

// The cell the keyboard works on: arrows move it, the row edit keys act on
// its sentences; a click puts it where the user clicked.
struct CellCursor {
    size_t row = 0, column = 0;      // a row of the document, a compared article's column
    bool shown = false;              // from the first arrow key or click on
    bool scroll_into_view = false;   // the next frame scrolls the rows to it
    bool open_menu = false;          // the next frame opens its cell menu (Enter, the Menu key)
    // "Link with…" chosen on a sentence: the next cell chosen (a click, or
    // Enter / L on the cursor) puts that sentence in its row.
    std::optional<SentenceRef> linking;
};

// Part of one sentence the reader selected to quote: a drag over its
// glyphs (either way, in any script), or a double-click on a word.
// Indices are the logical text's code points (Article::sentence_text).
struct TextSelection {
    std::optional<SentenceRef> sentence; // where the drag began; none: nothing selected
    uint32_t anchor = 0, head = 0;       // the glyphs where the drag began and where it is
    bool dragging = false;               // the left button is still down
    bool shown = false;                  // a range is selected (the drag moved, or a double-click)
    int pressed_frame = -1;              // the frame a press landed on text (a press elsewhere forgets it)
    // The host heard the browser's own double-click (at the user's double-click
    // speed, however few frames the program drew in between).
    bool double_click_heard = false;
    uint32_t start() const { return std::min(anchor, head); }
    uint32_t end() const { return std::max(anchor, head) + 1; }
};

// Ctrl+F: a query over the compared articles, found across scripts
// (core/search), its matches per column, and the one the reader is at.
struct FindState {
    bool open = false;
    bool focus_input = false;  // the next frame puts the keyboard in the find box
    bool input_active = false; // the find box has the keyboard (Enter walks the matches)
    std::array<char, 256> input{}; // the find box's text (ImGui edits it in place)
    std::string query;         // as typed
    std::string searched;      // the query the matches are for
    Revision searched_at = ~Revision(0); // and the document's revision then
    std::vector<std::vector<TextMatch>> matches; // per compared column, in reading order
    // Every match as (column, index), in the rows' order: Enter and F3 walk it.
    std::vector<std::pair<size_t, size_t>> walk;
    size_t current = 0;   // in `walk`
    bool stepped = false; // the reader has gone to a match of this search
    // The find index of each article searched, made once per reading of it.
    std::vector<std::pair<std::shared_ptr<const ArticleAnalysis>, std::unique_ptr<FindIndex>>> indexes;
};

// Runs the find box's query over the compared articles (again when the
// query or the document changed); the matches' rows give the walk's order.
void run_find(App& app);

// Between frames while the find box is open: reads a slice of a compared
// article's find index, so the first keystroke does not wait for a book.
void prepare_find(App& app);

// Moves to the next (or previous) match: the cursor goes to its cell.
void step_find(App& app, bool backwards);

// The reader's text size in layout pixels (Ctrl+Plus / Ctrl+Minus), one
// place for its bounds; the host builds its fonts at this size.
struct TextSize {
    static constexpr float kSmallest = 11, kNormal = 17, kLargest = 35, kStep = 2;
};

struct App {
    float ui_scale = 1; // device pixels per layout pixel (the host's HiDPI ratio)
    float text_size = TextSize::kNormal;
    Document document; // everything the user made; changed only by commands
    DocumentView view;
    LayoutCache layouts;
    RenderStats stats;
    std::string status; // last message for the user (errors of a drop, ...)
    Host host;
    Landmarks landmarks;
    bool alignment_announced = false; // a frame said "Aligning…" before a long comparison
    Revision reported_revision = 0;   // the last revision host.document_changed heard of
    CellCursor reported_cursor;       // the last cell host.selection_changed heard of
    Requests requests;
    // Whether the host keeps the session in the browser for the next visit:
    // the host's to decide (it stores the choice), shown as a checkbox.
    bool keep_in_browser = true;
    CellCursor cursor;
    bool show_rows_tab = false; // a fact was clicked: the next frame shows the rows
    // Articles the reader shows in Latin letters (a view of the text, not a
    // change to it: exports and copies keep the script).
    std::vector<ArticleId> shown_in_latin;
    FindState find;
    TextSelection selection;
    std::optional<PendingSession> pending_session;
    InterfaceText interface_text;
};

//-----------------------------------------------------------------------------
// [SECTION] Quoting (text_selection.cpp)
//-----------------------------------------------------------------------------

// The mouse this frame over a drawn sentence: `glyph` is the logical index
// of the glyph under it (nullopt when it is over none of this sentence's).
// A press starts a selection there, a drag extends it, a double-click
// selects the word.
void track_text_selection(App& app, SentenceRef sentence, std::optional<uint32_t> glyph);
// After the rows are drawn: a press on no text forgets the selection, a
// release ends the drag.
void end_text_selection_frame(App& app);
// The selection's band, when `sentence` holds it.
void append_selection_marks(const App& app, SentenceRef sentence, std::vector<TextMark>& out);
// The selected text as the article writes it ("" when nothing is selected).
std::string selected_text(const App& app);
// Ctrl+C: the selection to the clipboard; false when nothing is selected.
bool copy_selection(App& app);

// Replaces the document (an opened session) and forgets what was derived
// from the old one; the new one has no history.
void open_document(App& app, Document document);

// A dropped session file: a damaged one is refused (the error says why and
// nothing changes); into an empty library it opens at once (true); over
// open articles it waits for the user's yes (pending_session, false).
Result<bool> open_session_file(App& app, std::string_view name, std::string_view bytes);

// Whether a dropped file is a session file (".synoptic.json", or JSON
// whose first bytes name the session format) rather than an article.
bool looks_like_session(std::string_view name, std::string_view bytes);

//-----------------------------------------------------------------------------
// [SECTION] Keys and row edits (keys.cpp, cell_edits.cpp)
//-----------------------------------------------------------------------------

// The keys the app answers, as the host reports them. The host calls
// key_pressed from its key events: ImGui 1.86 polls key state once a frame
// and misses a press and release that fall between two.
enum class Key {
    Other, Up, Down, Left, Right, PageUp, PageDown, Home, End, Tab, Enter, Escape, Menu, Space,
    Plus, Minus, Zero, F3, C, F, J, K, L, M, S, U, Y, Z
};
struct KeyPress {
    Key key = Key::Other;
    bool command = false; // Ctrl, or Cmd on a Mac
    bool shift = false;
    bool alt = false;
};

// Ctrl+F finds across the compared articles (Enter or F3 to the next match,
// Shift+Enter or Shift+F3 to the one before, Escape closes the find box).
// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo; Ctrl+Plus / Ctrl+Minus /
// Ctrl+0 make the text larger, smaller, or as it was. Arrows (and j / k)
// move the cell cursor, Tab / Shift+Tab to the next / previous column,
// PageDown / Space and PageUp / Shift+Space by a screenful, Home / End to
// the first / last row. On its cell Alt+Up / Alt+Down move a sentence to
// the row above / below, U leaves it only in its article, S splits the
// row, M merges it with the next, C marks it checked, L links (then choose
// the other cell and press Enter or L; Escape gives up), Enter or the Menu
// key opens the cell menu. Nothing happens while a text field has the keyboard.
void key_pressed(App& app, KeyPress press);

// The row edits a cell offers, one command each. row_edit_command says what
// the edit does on the cell (row, column) of the document as it is, or
// nothing when it cannot apply there (an empty cell, the last row...).
enum class RowEdit { MoveUp, MoveDown, Unlink, Split, Merge, Check };
std::optional<Command> row_edit_command(const DocumentState& state, size_t row, size_t column, RowEdit edit);

// "Link with…": the cell's first sentence waits for the row it will join.
void start_linking(App& app, size_t row, size_t column);

// A cell chosen (clicked, or Enter on the cursor): the cursor goes there,
// and a waiting link is made into its row.
void choose_cell(App& app, size_t row, size_t column);

// "Forget all": empties the library by commands (every article removed, as
// one step), forgets the undo history (the removed articles must not come
// back), and asks the host to delete what the browser keeps.
void forget_all(App& app);

// Applies what the last frame's views asked for.
void run_requests(App& app);

// Applies a command (or several as one step) from a view or the web API;
// a refusal's message goes to the status line and is returned.
Result<Applied> apply(App& app, Command command);
Result<Applied> apply_all(App& app, std::vector<Command> commands);
bool undo(App& app);
bool redo(App& app);

// Between frames: when the document asks for an alignment, makes it and
// applies it. A long one is announced first ("Aligning…", drawn by the
// frame before), so the page does not freeze without a word. Returns true
// when it aligned.
bool align_if_needed(App& app);

// Keeps the view's derived data (facts of the rows) up to the document's revision.
void refresh_view(App& app);

// Tells the host once per change of revision, and once per cell the reader
// chooses (called between frames).
void report_changes(App& app);

// Draws one frame of the whole application into the current ImGui context.
void draw_frame(App& app);

// The article at a library position, or none.
std::optional<ArticleId> article_at(const Document& document, size_t position);

} // namespace synoptic::app
