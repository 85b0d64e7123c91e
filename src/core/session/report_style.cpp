#include "core/session/report_style.h"

namespace synoptic {
namespace {

// Fonts the reader's system has: the page names no web font, so nothing is
// downloaded. Arabic gets a face drawn for it where one is installed.
constexpr const char* kStyle = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: #1f2328; background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
:lang(ar), :lang(fa), :lang(ur) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro",
  "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; font-size: 1.08em; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid #d0d7de;
  break-after: avoid; page-break-after: avoid; }
p { margin: .3rem 0; }
.summary, .legend, .note, footer { color: #57606a; }
footer { margin-top: 2rem; font-size: .85em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; vertical-align: top; text-align: start;
  overflow-wrap: break-word; }
/* The rows' columns have fixed widths: a long link must break, not widen them. */
table.rows td { overflow-wrap: anywhere; }
.short { white-space: nowrap; }
thead th { background: #f6f8fa; font-weight: 600; }
/* On paper: the header again on every page, a row never cut in two. */
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.rows { table-layout: fixed; }
col.n { width: 2.8em; }
col.mark { width: 7.5em; }
.n { color: #57606a; text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
th .name, .source { color: #57606a; font-weight: normal; font-size: .85em; }
.letter { font-weight: 700; margin-inline-end: .3em; }
.absent { color: #8c959f; text-align: center; }
.key { color: #57606a; font-size: .85em; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.s + .s { margin-inline-start: .3em; }
/* A row's mark: a word, for paper without colour, and a bar of colour. */
td.mark { border-left-width: 5px; font-size: .85em; }
.in-all td.mark { border-left-color: #2da44e; }
.in-some td.mark { border-left-color: #d4a72c; }
.in-one-only td.mark { border-left-color: #8c959f; }
.disagree td.mark { border-left-color: #cf222e; }
.disagree .what { color: #cf222e; font-weight: 600; }
.tag { display: inline-block; margin: .15em .2em 0 0; padding: 0 .3em; border: 1px solid currentColor;
  border-radius: 3px; font-size: .9em; }
.edited { color: #8250df; }
.checked { color: #0969da; }
.why { margin: .25rem 0 0; padding-inline-start: 1rem; color: #cf222e; }
.legend span { margin-inline-end: 1em; white-space: nowrap; }
.legend .swatch { display: inline-block; width: .8em; height: .8em; margin-inline-end: .3em;
  vertical-align: -.05em; border: 1px solid #8c959f; }
.swatch.in-all { background: #2da44e; }
.swatch.in-some { background: #d4a72c; }
.swatch.in-one-only { background: #8c959f; }
.swatch.disagree { background: #cf222e; }
/* Printed on the paper the printer has, A4 or Letter: 12 mm margins and
   widths in percent fit both (A4 is the narrower, Letter the shorter). */
@page { size: auto; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  h2 { margin-top: 1.2em; }
  thead th { background: none; }
  .legend .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)css";

// Four articles side by side need the width of a page on its side.
constexpr const char* kManyColumns = R"css(
@page { size: landscape; }
@media print { body { font-size: 8.5pt; } }
)css";

} // namespace

std::string report_style(size_t columns) {
    std::string style = kStyle;
    if (columns > 3) style += kManyColumns;
    return style;
}

} // namespace synoptic
