#include "core/session/document_report.h"

#include "core/compare/row_mark.h"
#include "core/export/comparison_export.h"
#include "core/export/html_text.h"
#include "core/session/report_style.h"
#include "core/text/direction.h"

namespace synoptic {
namespace {

std::string letter(size_t column) { return std::string(1, static_cast<char>('A' + column)); }

std::string attribute(const char* name, std::string_view value) {
    return std::string(" ") + name + "=\"" + html_escape(value) + "\"";
}

// A language for the lang attribute: "" (unknown, as HTML means it) rather
// than the "und" of language identification.
std::string_view known_language(std::string_view language) { return language == "und" ? std::string_view() : language; }

// lang and dir of a piece of text: a Latin quote in an Arabic article runs
// left to right; digits alone run as their article does.
std::string text_attributes(std::string_view language, std::string_view text, Direction otherwise) {
    return attribute("lang", known_language(language)) + attribute("dir", direction_name(direction_of_text(text, otherwise)));
}

// One isolate per piece of text: whatever its letters, they cannot move
// the text around them.
std::string isolated(std::string_view text) { return "<bdi>" + html_escape(text) + "</bdi>"; }

const char* mark_class(RowMark mark) {
    switch (mark) {
    case RowMark::InAll: return "in-all";
    case RowMark::InSome: return "in-some";
    case RowMark::InOneOnly: return "in-one-only";
    case RowMark::Disagree: return "disagree";
    }
    return "in-one-only";
}

struct Column {
    const Article* article = nullptr;
    Direction direction = Direction::LeftToRight;
};

std::vector<Column> report_columns(const std::vector<Article>& columns) {
    std::vector<Column> out;
    for (const Article& article : columns)
        out.push_back({&article, direction_of_article(article.language, article.text)});
    return out;
}

std::string page_title(const std::vector<Article>& columns) {
    std::string title = "Synoptic report:";
    for (size_t k = 0; k < columns.size(); ++k)
        title += (k ? " · " : " ") + (columns[k].meta.title.empty() ? columns[k].name : columns[k].meta.title);
    return title;
}

std::string counted(size_t count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string summary(const DocumentState& state, const Comparison& comparison) {
    size_t edited = 0, checked = 0;
    for (const Row& row : state.rows) {
        edited += row.edited;
        checked += row.checked;
    }
    return counted(state.compared.size(), "article") + " compared, " + counted(state.rows.size(), "row") + " (" +
           std::to_string(edited) + " edited, " + std::to_string(checked) + " checked by you), " +
           counted(comparison.facts.size(), "fact") + ", " + counted(comparison.conflicts.size(), "conflict") + ".";
}

void write_articles(std::string& out, const std::vector<Column>& columns) {
    out += "<section class=\"articles\">\n<h2>Articles</h2>\n<table>\n<thead><tr><th></th><th>Title</th><th>Source</th>"
           "<th>Language</th><th>Date</th><th class=\"n\">Sentences</th></tr></thead>\n<tbody>\n";
    for (size_t k = 0; k < columns.size(); ++k) {
        const Article& a = *columns[k].article;
        out += "<tr><td class=\"letter\">" + letter(k) + "</td>";
        if (a.meta.title.empty()) out += "<td class=\"absent\">—</td>";
        else out += "<td" + text_attributes(a.language, a.meta.title, columns[k].direction) + ">" + isolated(a.meta.title) + "</td>";
        out += "<td>" + isolated(a.name);
        if (!a.meta.source.empty()) out += "<div class=\"source\">" + isolated(a.meta.source) + "</div>";
        out += "</td><td class=\"short\">" + html_escape(a.language) + "</td>";
        out += a.meta.date.empty() ? "<td class=\"absent\">—</td>" : "<td class=\"short\">" + isolated(a.meta.date) + "</td>";
        out += "<td class=\"n\">" + std::to_string(a.sentences.size()) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

// A column's header: its letter and title (else its name), the name under it.
std::string column_header(const Column& column, size_t k) {
    const Article& a = *column.article;
    std::string out = "<th" + attribute("dir", direction_name(column.direction)) + "><span class=\"letter\">" + letter(k) + "</span>";
    const std::string& shown = a.meta.title.empty() ? a.name : a.meta.title;
    out += "<span" + attribute("lang", known_language(a.language)) + ">" + isolated(shown) + "</span>";
    if (!a.meta.title.empty()) out += "<div class=\"name\">" + isolated(a.name) + "</div>";
    return out + "</th>";
}

void write_legend(std::string& out) {
    out += "<p class=\"legend\">";
    for (RowMark mark : {RowMark::InAll, RowMark::InSome, RowMark::InOneOnly, RowMark::Disagree})
        out += std::string("<span><i class=\"swatch ") + mark_class(mark) + "\"></i>" + row_mark_name(mark) + "</span>";
    out += "<span class=\"tag edited\">edited</span> by you, <span class=\"tag checked\">checked</span> by you</p>\n";
}

std::string row_cell(const Column& column, const std::vector<uint32_t>& sentences) {
    const Article& a = *column.article;
    std::vector<uint32_t> ids;
    for (uint32_t id : sentences)
        if (id < a.sentences.size()) ids.push_back(id);
    if (ids.empty()) return "<td" + attribute("dir", direction_name(column.direction)) + "></td>";
    // The cell's language is its first sentence's, which may not be the article's.
    const std::string& language = a.sentences[ids.front()].language;
    std::string out = "<td" + text_attributes(language.empty() || language == "und" ? a.language : language,
                                              a.joined_text(ids), column.direction) + ">";
    // One isolate per sentence, class "s": a reader (or a test) finds the sentences by it.
    for (uint32_t id : ids) out += "<bdi class=\"s\">" + html_escape(a.sentence_text(id)) + "</bdi>";
    return out + "</td>";
}

void write_rows(std::string& out, const DocumentState& state, const std::vector<Column>& columns,
                const Comparison& comparison) {
    out += "<section class=\"rows\">\n<h2>Rows</h2>\n";
    write_legend(out);
    out += "<table class=\"rows\">\n<colgroup><col class=\"n\"><col class=\"mark\">";
    for (size_t k = 0; k < columns.size(); ++k) out += "<col>";
    out += "</colgroup>\n<thead><tr><th class=\"n\">#</th><th>Mark</th>";
    for (size_t k = 0; k < columns.size(); ++k) out += column_header(columns[k], k);
    out += "</tr></thead>\n<tbody>\n";
    for (size_t r = 0; r < state.rows.size() && r < comparison.alignment.rows.size(); ++r) {
        const Row& row = state.rows[r];
        const RowMark mark = row_mark(comparison, r);
        out += std::string("<tr class=\"") + mark_class(mark) + (row.edited ? " edited-row" : "") +
               (row.checked ? " checked-row" : "") + "\"><td class=\"n\">" + std::to_string(r + 1) + "</td>";
        out += std::string("<td class=\"mark\"><span class=\"what\">") + row_mark_name(mark) + "</span>";
        if (row.edited) out += " <span class=\"tag edited\">edited</span>";
        if (row.checked) out += " <span class=\"tag checked\">checked</span>";
        std::string why;
        for (const FactConflict& conflict : comparison.conflicts)
            if (conflict.row == r)
                why += "<li>" + letter(conflict.article_a) + "/" + letter(conflict.article_b) + ": " + isolated(conflict.reason) + "</li>";
        if (!why.empty()) out += "<ul class=\"why\">" + why + "</ul>";
        out += "</td>";
        for (size_t k = 0; k < columns.size(); ++k)
            out += row_cell(columns[k], k < row.sentences.size() ? row.sentences[k] : std::vector<uint32_t>{});
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

// Each fact as each article writes it, "—" where an article does not.
void write_facts(std::string& out, const std::vector<Column>& columns, const Comparison& comparison) {
    out += "<section class=\"facts\">\n<h2>Facts</h2>\n";
    if (comparison.facts.empty()) {
        out += "<p class=\"note\">No names, numbers, dates or quotes to compare.</p>\n</section>\n";
        return;
    }
    out += "<table>\n<thead><tr><th>Kind</th><th>Key</th>";
    for (size_t k = 0; k < columns.size(); ++k) out += column_header(columns[k], k);
    out += "<th class=\"n\">In</th></tr></thead>\n<tbody>\n";
    for (const Fact& fact : comparison.facts) {
        out += std::string("<tr><td class=\"short\">") + anchor_kind_name(fact.kind) + "</td><td class=\"key\">" + isolated(fact.key) + "</td>";
        for (size_t k = 0; k < columns.size(); ++k) {
            const std::string written = k < fact.surface.size() ? fact.surface[k] : std::string();
            if (written.empty()) out += "<td class=\"absent\">—</td>";
            else out += "<td" + text_attributes(columns[k].article->language, written, columns[k].direction) + ">" + isolated(written) + "</td>";
        }
        out += "<td class=\"n\">" + std::to_string(fact.articles_with()) + " of " + std::to_string(columns.size()) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

// A value of a conflict as its article writes it (else its key).
std::string conflict_value(const Comparison& comparison, size_t fact, uint32_t article, const std::vector<Column>& columns) {
    const Fact& f = comparison.facts[fact];
    const std::string& written = article < f.surface.size() && !f.surface[article].empty() ? f.surface[article] : f.key;
    const std::string_view language = article < columns.size() ? std::string_view(columns[article].article->language) : "";
    const Direction otherwise = article < columns.size() ? columns[article].direction : Direction::LeftToRight;
    return "<span" + text_attributes(language, written, otherwise) + ">" + isolated(written) + "</span>";
}

void write_conflicts(std::string& out, const std::vector<Column>& columns, const Comparison& comparison) {
    out += "<section class=\"conflicts\">\n<h2>Conflicts</h2>\n";
    if (comparison.conflicts.empty()) {
        out += "<p class=\"note\">No row gives a fact two different values.</p>\n</section>\n";
        return;
    }
    out += "<table>\n<thead><tr><th class=\"n\">Row</th><th>Articles</th><th>Reason</th><th>One says</th>"
           "<th>The other says</th></tr></thead>\n<tbody>\n";
    for (const FactConflict& conflict : comparison.conflicts) {
        out += "<tr><td class=\"n\">" + std::to_string(conflict.row + 1) + "</td><td>" + letter(conflict.article_a) +
               " vs " + letter(conflict.article_b) + "</td><td>" + isolated(conflict.reason) + "</td>";
        out += "<td>" + letter(conflict.article_a) + ": " + conflict_value(comparison, conflict.fact_a, conflict.article_a, columns) + "</td>";
        out += "<td>" + letter(conflict.article_b) + ": " + conflict_value(comparison, conflict.fact_b, conflict.article_b, columns) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

} // namespace

std::string document_report_html(const DocumentState& state, const std::vector<Article>& articles,
                                 const Comparison& comparison) {
    const std::vector<Column> columns = report_columns(articles);
    std::string out;
    out.reserve(4096 + 2 * state.rows.size() * 256);
    out += "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n";
    // Said twice over: even if a text slipped through as markup, the browser
    // would run no script and fetch nothing.
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "base-uri 'none'; form-action 'none'\">\n";
    out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"Synoptic\">\n";
    out += "<title>" + html_escape(page_title(articles)) + "</title>\n";
    out += "<style>" + report_style(columns.size()) + "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>Synoptic report</h1>\n<p class=\"summary\">" + html_escape(summary(state, comparison)) + "</p>\n";
    if (const std::string events = event_verdict_line(comparison.events); !events.empty())
        out += "<p class=\"note events\">" + html_escape(events) + "</p>\n";
    out += "</header>\n";
    write_articles(out, columns);
    write_rows(out, state, columns, comparison);
    write_facts(out, columns, comparison);
    write_conflicts(out, columns, comparison);
    out += "<footer>Made by Synoptic from the document's rows, as the reader shows them, edits included; "
           "facts and conflicts are worked out from these rows.</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace synoptic
