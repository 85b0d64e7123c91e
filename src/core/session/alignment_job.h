// Aligning a document's compared articles, apart from the document: a job
// taken at one revision (cheap: it shares the articles), worked on anywhere
// (later a Web Worker, now the command-line tool and tests), and its rows
// handed back as ApplyAlignment, which the document refuses if the compared
// articles, their languages or the mode changed meanwhile.
#pragma once
#include <vector>

#include "core/session/commands.h"
#include "core/session/document.h"

namespace synoptic {

struct AlignmentJob {
    Revision made_for = 0;
    AlignMode mode = AlignMode::Auto;
    std::vector<PairModeChoice> pair_modes; // by column: pairs the user set apart from `mode`
    std::vector<DocumentArticle> articles;  // the compared articles, in column order
};

AlignmentJob alignment_job(const Document& document);

// The work: every pair aligned, the links grouped into rows.
ApplyAlignment run_alignment_job(const AlignmentJob& job);

// The same work, keeping what the pairs say beside the rows (links and
// beads); application_of makes it the command.
MultiAlignment align_job(const AlignmentJob& job);
ApplyAlignment application_of(const AlignmentJob& job, const MultiAlignment& alignment);

} // namespace synoptic
