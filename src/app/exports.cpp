#include "app/app.h"
#include "app/lent_articles.h"
#include "core/export/alignment_export.h"
#include "core/export/comparison_export.h"

namespace synoptic::app {

Result<ExportedFile> export_comparison(Workspace& ws, ExportKind kind) {
    refresh_comparison(ws);
    if (ws.comparison_of.size() < 2) return Error{"compare two or more articles first"};
    const LentArticles lent(ws, ws.comparison_of);
    const std::vector<Article>& articles = lent.articles();
    const Alignment& first_pair = ws.comparison.alignment.pairs.front().alignment;
    switch (kind) {
    case ExportKind::ComparisonJson:
        return ExportedFile{"synoptic-comparison.json", "application/json",
                            comparison_json(articles, ws.comparison)};
    case ExportKind::ComparisonText:
        return ExportedFile{"synoptic-comparison.txt", "text/plain;charset=utf-8",
                            comparison_text(articles, ws.comparison)};
    case ExportKind::PairTsv:
        return ExportedFile{"synoptic-alignment.tsv", "text/tab-separated-values;charset=utf-8",
                            export_tsv(articles[0], articles[1], first_pair)};
    case ExportKind::PairTmx:
        return ExportedFile{"synoptic-alignment.tmx", "application/x-tmx+xml",
                            export_tmx(articles[0], articles[1], first_pair)};
    }
    return Error{"unknown export"};
}

} // namespace synoptic::app
