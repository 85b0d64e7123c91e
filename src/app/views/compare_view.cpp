#include <algorithm>
#include <cmath>

#include "core/compare/row_evidence.h"
#include "core/text/reading_latin.h"
#include "core/text/utf8.h"
#include "imgui.h"
#include "views.h"

namespace synoptic::app {
namespace {

// Row colours: what every compared report says, what only some say, what
// only one says, and rows where the reports disagree on a fact.
const ImVec4 kSharedColor(0.30f, 0.65f, 0.40f, 1.0f);
const ImVec4 kPartialColor(0.80f, 0.65f, 0.25f, 1.0f);
const ImVec4 kAloneColor(0.40f, 0.42f, 0.46f, 1.0f);
const ImVec4 kConflictColor(0.85f, 0.30f, 0.30f, 1.0f);

// A fact as the first article carrying it writes it (the key when none does).
const std::string& written_form(const Fact& fact) {
    for (const std::string& surface : fact.surface)
        if (!surface.empty()) return surface;
    return fact.key;
}

bool row_has_conflict(const Comparison& c, size_t row) {
    for (const RowFact& f : c.row_facts[row])
        if (f.status == FactStatus::Conflict) return true;
    return false;
}

ImVec4 row_color(const Comparison& c, size_t row, size_t columns) {
    if (row_has_conflict(c, row)) return kConflictColor;
    const size_t present = c.alignment.rows[row].articles_present();
    if (present == columns) return kSharedColor;
    return present > 1 ? kPartialColor : kAloneColor;
}

// The shared evidence of a row, cached for the row under the pointer.
const std::vector<SharedEvidence>& hovered_row_evidence(App& app, size_t row) {
    LayoutCache& cache = app.layouts;
    const DocumentState& state = app.document.state();
    if (cache.row_evidence_row != row || cache.row_evidence_revision != app.document.revision()) {
        std::vector<const std::vector<SentenceFeatures>*> features;
        for (size_t k = 0; k < state.compared.size(); ++k) features.push_back(&state.column_article(k).analysis->features);
        cache.row_evidence = row_evidence(state.rows[row], features);
        cache.row_evidence_row = row;
        cache.row_evidence_revision = app.document.revision();
    }
    return cache.row_evidence;
}

// One line of the row's shared words of a kind ("meanings: negotiation, round").
void draw_shared_words(App& app, const std::vector<SharedEvidence>& evidence, AnchorKind kind, Msg label) {
    bool any = false;
    for (const SharedEvidence& e : evidence) {
        if (e.kind != kind) continue;
        if (!any) ImGui::TextDisabled("%s", ui(app, label));
        ImGui::SameLine();
        ImGui::TextUnformatted(e.key.c_str());
        any = true;
    }
}

void draw_row_tooltip(App& app, size_t row) {
    const Comparison& c = app.view.comparison;
    ImGui::BeginTooltip();
    const AlignedRow& r = c.alignment.rows[row];
    ImGui::TextUnformatted(ui(app, Msg::RowPresence, {{"present", r.articles_present()},
                                                      {"total", r.sentences.size()},
                                                      {"strength", double(r.score)}}));
    const Row& user_row = app.document.state().rows[row];
    if (user_row.edited) ImGui::TextDisabled("%s", ui(app, Msg::RowEdited));
    if (user_row.checked) ImGui::TextDisabled("%s", ui(app, Msg::RowChecked));
    for (const RowFact& f : c.row_facts[row]) {
        const Fact& fact = c.facts[f.fact];
        ImGui::TextUnformatted(ui(app, Msg::RowFact, {{"status", ui_logical(app, fact_status_message(f.status))},
                                                      {"kind", ui_logical(app, anchor_kind_message(fact.kind))},
                                                      {"fact", written_form(fact)}}));
    }
    for (const FactConflict& conflict : c.conflicts)
        if (conflict.row == row)
            ImGui::TextColored(kConflictColor, "%s",
                               ui(app, Msg::RowConflict, {{"first", written_form(c.facts[conflict.fact_a])},
                                                          {"second", written_form(c.facts[conflict.fact_b])}}));
    if (r.articles_present() > 1) {
        // Beyond the facts: the ordinary words the sentences share in meaning
        // (news glossary) or in form (loanwords), the reason they stand together.
        const std::vector<SharedEvidence>& evidence = hovered_row_evidence(app, row);
        draw_shared_words(app, evidence, AnchorKind::Gloss, Msg::RowSharedMeanings);
        draw_shared_words(app, evidence, AnchorKind::Cognate, Msg::RowSharedLoanwords);
        draw_shared_words(app, evidence, AnchorKind::Stem, Msg::RowSharedWords);
    }
    ImGui::EndTooltip();
}

void draw_legend_entry(const ImVec4& color, const char* label) {
    same_line_if_fits(ImGui::GetFontSize() * 0.7f + 4 + ImGui::CalcTextSize(label).x);
    ImGui::ColorButton(label, color, ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop,
                       ImVec2(ImGui::GetFontSize() * 0.7f, ImGui::GetFontSize() * 0.7f));
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted(label);
}

// "(?)" beside the mode: what the modes mean, in a few plain words.
void draw_mode_help(App& app) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::Dummy(ImVec2(ImGui::GetFontSize() * 28, 0)); // the width the explanation wraps at
    ui_wrapped(app, Msg::ModeExplanation);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_mode_picker(App& app) {
    const DocumentState& state = app.document.state();
    int mode = int(state.mode);
    same_line_if_fits(260 * app.ui_scale);
    ImGui::SetNextItemWidth(260 * app.ui_scale);
    const char* const modes[] = {ui(app, Msg::ModeAutomatic), ui(app, Msg::ModeTranslations), ui(app, Msg::ModeReports)};
    if (ImGui::Combo("##mode", &mode, modes, IM_ARRAYSIZE(modes)))
        app.requests.commands.push_back(SetMode{AlignMode(mode)});
    draw_mode_help(app);
    draw_pair_modes(app);
}

// The width of a button of this label.
float button_width(const char* label) { return ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x; }

void draw_export_menu(App& app) {
    const char* label = ui_label(app, Msg::ExportButton);
    same_line_if_fits(button_width(ui(app, Msg::ExportButton)));
    if (ImGui::Button(label)) ImGui::OpenPopup("export");
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    app.landmarks.export_button = {min.x, min.y, size.x, size.y};
    ImGui::SetNextWindowPos(ImVec2(min.x, min.y + size.y)); // under the button, not under the mouse
    if (!ImGui::BeginPopup("export")) return;
    struct Choice {
        Msg label;
        ExportFormat format;
    };
    static const Choice kChoices[] = {
        {Msg::ExportJson, ExportFormat::Json}, {Msg::ExportText, ExportFormat::Text},
        {Msg::ExportTsv, ExportFormat::Tsv},   {Msg::ExportTmx, ExportFormat::Tmx},
        {Msg::ExportHtml, ExportFormat::Html},
    };
    for (const Choice& choice : kChoices) {
        const bool chosen = ImGui::Selectable(ui(app, choice.label));
        note_menu_item(app, choice.label);
        if (!chosen) continue;
        Result<ExportedFile> file = export_document(app.document, choice.format);
        if (!file) app.status = file.error().message;
        else if (app.host.save_file) app.host.save_file(*file);
    }
    draw_save_session_item(app);
    ImGui::EndPopup();
}

// Right-click on a cell: copy what it says, or the whole row with each
// article's language, for a quote in a story or a fact-check note.
void draw_cell_menu(App& app, size_t row_index, size_t column) {
    if (!ImGui::BeginPopupContextItem("cell")) return;
    const DocumentState& state = app.document.state();
    const Row& row = state.rows[row_index];
    const Article& article = state.column_article(column).article();
    const bool copy_sentences =
        ImGui::MenuItem(ui(app, Msg::CellCopySentences), nullptr, false, !row.sentences[column].empty());
    note_menu_item(app, Msg::CellCopySentences);
    if (copy_sentences && app.host.copy_text) app.host.copy_text(article.joined_text(row.sentences[column]));
    const bool copy_row = ImGui::MenuItem(ui(app, Msg::CellCopyRow));
    note_menu_item(app, Msg::CellCopyRow);
    if (copy_row && app.host.copy_text) {
        std::string text;
        for (size_t k = 0; k < row.sentences.size(); ++k) {
            if (row.sentences[k].empty()) continue;
            const DocumentArticle& a = state.column_article(k);
            text += "[" + a.article().language + "] " + a.name + ": " + a.article().joined_text(row.sentences[k]) + "\n";
        }
        app.host.copy_text(text);
    }
    draw_row_edit_items(app, row_index, column);
    ImGui::EndPopup();
}

// The cell cursor's frame, and the one of a sentence waiting to be linked,
// over a cell of the height the row had when last drawn.
const ImU32 kCursorInk = IM_COL32(120, 180, 255, 255);
const ImU32 kCounterpartTint = IM_COL32(120, 180, 255, 28); // the cursor's row in the other columns
const ImU32 kLinkingInk = IM_COL32(255, 210, 90, 255);

bool waits_for_link(const App& app, size_t row, size_t column) {
    const std::optional<SentenceRef>& linking = app.cursor.linking;
    if (!linking) return false;
    const DocumentState& state = app.document.state();
    if (state.compared[column] != linking->article) return false;
    const std::vector<uint32_t>& cell = state.rows[row].sentences[column];
    return std::find(cell.begin(), cell.end(), linking->sentence) != cell.end();
}

// A click anywhere in the cell chooses it; Enter or the Menu key on the
// cursor's cell opens its menu there.
void draw_cell_cursor(App& app, size_t row, size_t column, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float thickness = 2.0f * app.ui_scale;
    if (waits_for_link(app, row, column)) draw->AddRect(min, max, kLinkingInk, 0, 0, thickness);
    CellCursor& cursor = app.cursor;
    const bool here = cursor.shown && cursor.row == row && cursor.column == column;
    // The chosen sentence's counterparts: the rest of its row, lit faintly.
    if (cursor.shown && cursor.row == row && cursor.column != column) draw->AddRectFilled(min, max, kCounterpartTint);
    if (here) draw->AddRect(ImVec2(min.x + thickness, min.y + thickness), ImVec2(max.x - thickness, max.y - thickness),
                            kCursorInk, 0, 0, thickness);
    if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(min, max)) {
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) choose_cell(app, row, column);
        // A right-click opens the cell's menu; the keys then act on that cell too.
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Right) && !cursor.linking) {
            cursor.row = row;
            cursor.column = column;
        }
    }
    if (here && cursor.open_menu) {
        cursor.open_menu = false;
        ImGui::SetNextWindowPos(ImVec2(min.x + ImGui::GetFontSize(), min.y + ImGui::GetFontSize()));
        ImGui::OpenPopup("cell");
    }
}

// Where the rows table puts each column: the status strip, then the
// articles in the library's order; mirrored in a right-to-left interface,
// so the first article reads from the right.
struct ColumnOrder {
    size_t articles = 0;
    bool mirrored = false;
    int status() const { return mirrored ? int(articles) : 0; }
    int article(size_t k) const { return mirrored ? int(articles - 1 - k) : int(k) + 1; }
};

ColumnOrder column_order(App& app) { return {app.document.state().compared.size(), interface_right_to_left(app)}; }

// One aligned row; returns the height it took.
float draw_row(App& app, size_t row) {
    const DocumentState& state = app.document.state();
    const Comparison& c = app.view.comparison;
    const size_t columns = state.compared.size();
    const Row& r = state.rows[row];
    const ColumnOrder order = column_order(app);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(order.status());
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(row_color(c, row, columns)));
    draw_row_marks(r);
    const float top = ImGui::GetCursorScreenPos().y;
    float bottom = top;
    bool hovered = false;
    for (size_t k = 0; k < columns; ++k) {
        ImGui::TableSetColumnIndex(order.article(k));
        const float width = ImGui::GetContentRegionAvail().x;
        ImGui::PushID(int(row)); // row, then column: ids stay apart for any number of columns
        ImGui::PushID(int(k));
        const ImVec2 cell_min(ImGui::GetCursorScreenPos().x - ImGui::GetStyle().CellPadding.x,
                              top - ImGui::GetStyle().CellPadding.y);
        const ImVec2 cell_max(cell_min.x + width + 2 * ImGui::GetStyle().CellPadding.x,
                              cell_min.y + app.layouts.row_heights[row]);
        draw_cell_cursor(app, row, k, cell_min, cell_max);
        ImGui::BeginGroup();
        const size_t position = *state.position_of(state.compared[k]);
        for (uint32_t s : r.sentences[k]) {
            std::vector<TextMark>& marks = app.layouts.sentence_marks;
            marks.clear();
            append_fact_ink(app, row, k, s, marks);
            append_find_marks(app, k, s, marks); // over the facts
            append_selection_marks(app, {state.compared[k], s}, marks);
            draw_sentence(app, position, s, width, &marks);
        }
        ImGui::EndGroup();
        hovered |= ImGui::IsItemHovered();
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
        const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
        if (row == 0 && k == 0) app.landmarks.first_cell = {min.x, min.y, size.x, size.y};
        if (k < kMaxLandmarkColumns) app.landmarks.cells.push_back({row, k, {min.x, min.y, size.x, size.y}});
        draw_cell_menu(app, row, k);
        ImGui::PopID();
        ImGui::PopID();
    }
    if (hovered) draw_row_tooltip(app, row);
    ++app.stats.rows_drawn;
    return bottom - top + 2 * ImGui::GetStyle().CellPadding.y;
}

// Heights of rows not drawn yet, from the length of their text: wrapped
// lines at an average glyph width. Drawn rows replace these with measures.
void estimate_row_heights(App& app, float column_width) {
    const DocumentState& state = app.document.state();
    const float glyph_width = ImGui::GetFontSize() * 0.5f;
    const float line_height = ImGui::GetTextLineHeightWithSpacing();
    const float padding = 2 * ImGui::GetStyle().CellPadding.y;
    std::vector<float>& heights = app.layouts.row_heights;
    heights.assign(state.rows.size(), 0);
    for (size_t row = 0; row < heights.size(); ++row) {
        float tallest = 0;
        const Row& r = state.rows[row];
        for (size_t k = 0; k < r.sentences.size(); ++k) {
            const Article& a = state.column_article(k).article();
            float cell = 0;
            for (uint32_t s : r.sentences[k]) {
                const float text_width = float(count_code_points(a.sentence_text(s))) * glyph_width;
                cell += std::max(1.0f, std::ceil(text_width / std::max(column_width, 1.0f))) * line_height;
            }
            tallest = std::max(tallest, cell);
        }
        heights[row] = tallest + padding;
    }
    app.layouts.row_heights_revision = app.document.revision();
    app.layouts.row_heights_width = column_width;
}

// The column headers, each article's with a "Latin" toggle when its script
// is not Latin: the column then reads in Latin letters (reading_latin.h).
void draw_rows_header(App& app) {
    const DocumentState& state = app.document.state();
    const ColumnOrder order = column_order(app);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableSetColumnIndex(order.status());
    ImGui::TableHeader("##status");
    for (size_t k = 0; k < state.compared.size(); ++k) {
        ImGui::TableSetColumnIndex(order.article(k));
        ImGui::PushID(int(k));
        const DocumentArticle& a = state.column_article(k);
        Rect button;
        if (needs_latin_for_reading(a.article().language)) {
            auto shown = std::find(app.shown_in_latin.begin(), app.shown_in_latin.end(), a.id);
            const bool latin = shown != app.shown_in_latin.end();
            if (ImGui::SmallButton(ui(app, latin ? Msg::ColumnScript : Msg::ColumnLatin))) {
                if (latin) app.shown_in_latin.erase(shown);
                else app.shown_in_latin.push_back(a.id);
            }
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", ui(app, latin ? Msg::ColumnScriptTooltip : Msg::ColumnLatinTooltip));
            const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
            button = {min.x, min.y, size.x, size.y};
            ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        }
        app.landmarks.latin_buttons.push_back(button);
        ImGui::TableHeader(ImGui::TableGetColumnName(order.article(k)));
        ImGui::PopID();
    }
}

// After a key moved the cursor: the rows scroll (from the next frame) just
// enough to show its row under the frozen header.
void scroll_to_cursor(App& app, const std::vector<float>& heights) {
    CellCursor& cursor = app.cursor;
    if (!cursor.scroll_into_view || heights.empty()) return;
    cursor.scroll_into_view = false;
    cursor.row = std::min(cursor.row, heights.size() - 1);
    float top = 0;
    for (size_t r = 0; r < cursor.row; ++r) top += heights[r];
    const float header = ImGui::GetFrameHeight();
    const float bottom = top + heights[cursor.row];
    const float view = ImGui::GetWindowHeight() - header;
    if (top < ImGui::GetScrollY()) ImGui::SetScrollY(top);
    else if (bottom > ImGui::GetScrollY() + view) ImGui::SetScrollY(std::min(top, bottom - view));
}

// Only the rows in view (and a margin) are drawn; the rows above and below
// stand as two spacer rows of their summed height, so the scroll bar stays true.
void draw_rows(App& app) {
    const DocumentState& state = app.document.state();
    const size_t columns = state.compared.size();
    const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchSame;
    const float status_width = 6.0f * app.ui_scale;
    const float column_width = (ImGui::GetContentRegionAvail().x - status_width) / float(columns);
    const ColumnOrder order = column_order(app);
    // Another table when mirrored: ImGui keeps a table's column sizes by index.
    if (!ImGui::BeginTable(order.mirrored ? "rows_mirrored" : "rows", int(columns) + 1, flags,
                           ImGui::GetContentRegionAvail()))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    if (!order.mirrored) ImGui::TableSetupColumn("##status", ImGuiTableColumnFlags_WidthFixed, status_width);
    for (size_t i = 0; i < columns; ++i) {
        const DocumentArticle& a = state.column_article(order.mirrored ? columns - 1 - i : i);
        ImGui::TableSetupColumn((a.article().language + " · " + a.name).c_str());
    }
    if (order.mirrored) ImGui::TableSetupColumn("##status", ImGuiTableColumnFlags_WidthFixed, status_width);
    draw_rows_header(app);

    LayoutCache& cache = app.layouts;
    if (cache.row_heights_revision != app.document.revision() ||
        std::fabs(cache.row_heights_width - column_width) > 0.5f)
        estimate_row_heights(app, column_width);
    const std::vector<float>& heights = cache.row_heights;
    scroll_to_cursor(app, heights);
    const float margin = ImGui::GetWindowHeight();
    cache.rows_view_height = ImGui::GetWindowHeight() - ImGui::GetFrameHeight(); // under the header
    const float view_top = ImGui::GetScrollY() - margin;
    const float view_bottom = ImGui::GetScrollY() + ImGui::GetWindowHeight() + margin;

    size_t row = 0;
    float y = 0;
    while (row < heights.size() && y + heights[row] < view_top) y += heights[row++];
    if (y > 0) ImGui::TableNextRow(ImGuiTableRowFlags_None, y);
    while (row < heights.size() && y < view_bottom) {
        const float measured = draw_row(app, row);
        cache.row_heights[row] = measured;
        y += measured;
        ++row;
    }
    float rest = 0;
    for (; row < heights.size(); ++row) rest += heights[row];
    if (rest > 0) ImGui::TableNextRow(ImGuiTableRowFlags_None, rest);
    ImGui::EndTable();
    end_text_selection_frame(app);
}

// The row holding the first sentence that carries a fact, and its column.
std::optional<std::pair<size_t, size_t>> first_place_of(const DocumentState& state, const Fact& fact) {
    for (size_t k = 0; k < fact.sentences.size() && k < state.compared.size(); ++k) {
        if (fact.sentences[k].empty()) continue;
        const uint32_t sentence = fact.sentences[k].front();
        for (size_t r = 0; r < state.rows.size(); ++r) {
            const std::vector<uint32_t>& cell = state.rows[r].sentences[k];
            if (std::find(cell.begin(), cell.end(), sentence) != cell.end()) return std::make_pair(r, k);
        }
    }
    return std::nullopt;
}

// A fact as the first article carrying it writes it; clicked, the rows
// show the first sentence that carries it, under the cursor.
void draw_fact_name(App& app, const Fact& fact, size_t index) {
    ImGui::PushID(int(index));
    if (ImGui::Selectable(written_form(fact).c_str())) {
        if (auto place = first_place_of(app.document.state(), fact)) {
            app.cursor.row = place->first;
            app.cursor.column = place->second;
            app.cursor.shown = true;
            app.cursor.scroll_into_view = true;
            app.show_rows_tab = true;
        }
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui(app, Msg::FactsClick));
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    if (index == app.landmarks.fact_names.size()) app.landmarks.fact_names.push_back({min.x, min.y, size.x, size.y});
    ImGui::PopID();
}

void draw_facts(App& app) {
    const DocumentState& state = app.document.state();
    const Comparison& c = app.view.comparison;
    const size_t columns = state.compared.size();
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("facts", int(columns) + 2, flags, ImGui::GetContentRegionAvail())) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui(app, Msg::FactsKind), ImGuiTableColumnFlags_WidthFixed, 80.0f * app.ui_scale);
    ImGui::TableSetupColumn(ui(app, Msg::FactsFact));
    for (size_t k = 0; k < columns; ++k)
        ImGui::TableSetupColumn(state.column_article(k).name.c_str());
    ImGui::TableHeadersRow();
    for (const Fact& fact : c.facts) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%s", ui(app, anchor_kind_message(fact.kind)));
        ImGui::TableSetColumnIndex(1);
        draw_fact_name(app, fact, size_t(&fact - c.facts.data()));
        for (size_t k = 0; k < columns; ++k) {
            ImGui::TableSetColumnIndex(int(k) + 2);
            if (fact.surface[k].empty()) {
                ImGui::TextDisabled("—");
            } else {
                ImGui::TextColored(fact.articles_with() == columns ? kSharedColor : kPartialColor, "%s",
                                   fact.surface[k].c_str());
            }
        }
    }
    ImGui::EndTable();
}

// While a sentence waits to be linked, what to do next.
void draw_linking_line(App& app) {
    const std::optional<SentenceRef>& linking = app.cursor.linking;
    if (!linking) return;
    const DocumentState& state = app.document.state();
    const DocumentArticle* article = state.find(linking->article);
    if (!article || !state.column_of(linking->article)) {
        app.cursor.linking.reset(); // its article left the comparison
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, kLinkingInk);
    ImGui::TextWrapped("%s", ui(app, Msg::EditLinking, {{"sentence", size_t(linking->sentence) + 1},
                                                        {"article", article->name}}));
    ImGui::PopStyleColor();
}

} // namespace

void draw_compare_view(App& app) {
    const DocumentState& state = app.document.state();
    if (state.compared.size() < kMinComparedArticles) {
        ui_wrapped(app, Msg::CompareTickTwo);
        return;
    }
    // align_if_needed (between frames) asked for this frame to say that a
    // long alignment comes, before the page's one thread is busy with it.
    if (state.needs_alignment && app.alignment_announced) {
        size_t sentences = 0;
        for (size_t k = 0; k < state.compared.size(); ++k) sentences += state.column_article(k).sentence_count();
        ImGui::TextUnformatted(ui(app, Msg::CompareAligning, {{"sentences", sentences}}));
        return;
    }
    refresh_view(app);
    const Comparison& c = app.view.comparison;
    ImGui::TextUnformatted(ui(app, Msg::CompareSummary, {{"rows", c.alignment.rows.size()},
                                                         {"facts", c.facts.size()},
                                                         {"conflicts", c.conflicts.size()}}));
    draw_mode_picker(app);
    draw_export_menu(app);
    draw_legend_entry(kSharedColor, ui(app, Msg::LegendAll));
    draw_legend_entry(kPartialColor, ui(app, Msg::LegendSome));
    draw_legend_entry(kAloneColor, ui(app, Msg::LegendOne));
    draw_legend_entry(kConflictColor, ui(app, Msg::LegendDisagree));
    if (c.events.different_events) { // on a line of its own, above the rows
        ImGui::PushStyleColor(ImGuiCol_Text, kConflictColor);
        ImGui::TextWrapped("%s", ui(app, Msg::CompareDifferentEvents, {{"first", c.events.example.first_date},
                                                                      {"second", c.events.example.second_date}}));
        ImGui::PopStyleColor();
    }
    draw_linking_line(app);
    draw_find_bar(app);
    if (ImGui::BeginTabBar("compare_tabs")) {
        const ImGuiTabItemFlags rows_tab = app.show_rows_tab ? ImGuiTabItemFlags_SetSelected : 0;
        app.show_rows_tab = false;
        if (ImGui::BeginTabItem(ui_label(app, Msg::TabSideBySide), nullptr, rows_tab)) {
            draw_rows(app);
            ImGui::EndTabItem();
        }
        const bool facts_open = ImGui::BeginTabItem(ui_label(app, Msg::TabFacts));
        const ImVec2 tab_min = ImGui::GetItemRectMin(), tab_size = ImGui::GetItemRectSize();
        app.landmarks.facts_tab = {tab_min.x, tab_min.y, tab_size.x, tab_size.y};
        if (facts_open) {
            draw_facts(app);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

} // namespace synoptic::app
