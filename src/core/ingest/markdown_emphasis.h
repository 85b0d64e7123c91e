// Emphasis in inline Markdown: which runs of *, _ and ~ are markup (to be
// dropped from the text) and which are the writer's characters. A simple
// form of CommonMark's delimiter runs: a run may open when it is
// left-flanking, close when it is right-flanking (`_` also not inside a
// word, so snake_case stays), and an opener pairs with the nearest closer
// of the same marker. Unpaired runs stay text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace synoptic {

struct DelimiterRun {
    size_t position = 0; // in the text being built, where the run's markers are
    size_t length = 0;
    char marker = '*';
    bool can_open = false, can_close = false;
    size_t matched = 0; // markers of the run that pair with another run
};

// The run of `marker` at source[begin, end), classified by the characters
// around it in `source`; `position` is where its markers go in the text.
DelimiterRun delimiter_run(std::string_view source, size_t begin, size_t end, size_t position);

// Pairs openers with closers, setting `matched` on both.
void match_emphasis(std::vector<DelimiterRun>& runs);

// `text` without the matched markers of `runs` (ordered by position).
std::string without_matched_markers(const std::string& text, const std::vector<DelimiterRun>& runs);

} // namespace synoptic
