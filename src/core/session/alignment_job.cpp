#include "core/session/alignment_job.h"

#include "core/session/alignment_rows.h"

namespace synoptic {

AlignmentJob alignment_job(const Document& document) {
    AlignmentJob job;
    job.made_for = document.revision();
    const DocumentState& state = document.state();
    job.mode = state.mode;
    for (uint32_t i = 0; i < state.compared.size(); ++i) {
        job.articles.push_back(state.column_article(i));
        for (uint32_t j = i + 1; j < state.compared.size(); ++j)
            if (const PairMode* chosen = state.chosen_pair_mode(state.compared[i], state.compared[j]))
                job.pair_modes.push_back({i, j, chosen->mode});
    }
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
    options.pair_modes = job.pair_modes;
    return align_many(compared, options);
}

ApplyAlignment application_of(const AlignmentJob& job, const MultiAlignment& alignment) {
    ApplyAlignment command{job.made_for, rows_from_alignment(alignment), {}};
    for (const PairAlignment& pair : alignment.pairs)
        command.pairs.push_back({job.articles[pair.first].id, job.articles[pair.second].id, pair.alignment.mode,
                                 pair.alignment.mode_reason});
    return command;
}

ApplyAlignment run_alignment_job(const AlignmentJob& job) { return application_of(job, align_job(job)); }

} // namespace synoptic
