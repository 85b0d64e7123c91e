// The stylesheet of the HTML report (document_report.h), written inline: the
// report is one file that makes no request, so no font, image or sheet is
// fetched. Light on screen; on paper the rows' table keeps each row on one
// page and repeats its header on every page.
#pragma once
#include <cstddef>
#include <string>

namespace synoptic {

// The contents of the report's <style> element for `columns` compared
// articles: past three, pages turn to landscape and the type gets smaller,
// so each article's column stays wide enough to read.
std::string report_style(size_t columns);

} // namespace synoptic
