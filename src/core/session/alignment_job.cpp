#include "core/session/alignment_job.h"

#include "core/session/alignment_rows.h"

namespace synoptic {

AlignmentJob alignment_job(const Document& document) {
    AlignmentJob job;
    job.made_for = document.revision();
    job.mode = document.state().mode;
    for (size_t k = 0; k < document.state().compared.size(); ++k)
        job.articles.push_back(document.state().column_article(k));
    return job;
}

MultiAlignment align_job(const AlignmentJob& job) {
    ComparedArticles compared;
    for (const DocumentArticle& article : job.articles) {
        compared.articles.push_back(&article.analysis->article);
        compared.features.push_back(&article.analysis->features);
    }
    MultiAlignOptions options;
    options.pair.mode = job.mode;
    return align_many(compared, options);
}

ApplyAlignment run_alignment_job(const AlignmentJob& job) {
    return ApplyAlignment{job.made_for, rows_from_alignment(align_job(job))};
}

} // namespace synoptic
