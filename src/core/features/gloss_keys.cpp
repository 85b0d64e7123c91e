#include "core/features/token_scan.h"
#include "core/features/word_form.h"
#include "core/lexicon/common_words.h"
#include "core/lexicon/lexicon.h"

namespace synoptic {
namespace {

// Longest phrase of the glossary, in words (атап өт-, imza at-, press conference).
constexpr size_t kMaxGlossWords = 4;

void add_glosses(const std::vector<lexicon::Entry>& entries, std::vector<std::string>& glosses) {
    for (const lexicon::Entry& e : entries)
        if (e.kind == lexicon::EntryKind::Gloss) glosses.push_back(e.value);
}

bool has_gloss(const std::vector<lexicon::Entry>& entries) {
    for (const lexicon::Entry& e : entries)
        if (e.kind == lexicon::EntryKind::Gloss) return true;
    return false;
}

} // namespace

void find_gloss_keys(const TokenScan& scan, std::vector<std::string>& glosses) {
    const size_t n = scan.tokens.size();
    auto usable = [&scan](size_t j) {
        return scan.tokens[j].kind == TokenKind::Word && !scan.claimed[j] &&
               !lexicon::is_function_word(scan.tokens[j].norm, scan.language);
    };
    std::string before;
    for (size_t i = 0; i < n;) {
        if (!usable(i)) {
            ++i;
            continue;
        }
        size_t matched = 0;
        size_t run = 1;
        while (run < kMaxGlossWords && i + run < n && usable(i + run)) ++run;
        for (size_t len = run; len >= 1 && !matched; --len) {
            before.clear();
            for (size_t j = i; j + 1 < i + len; ++j) {
                if (j > i) before += ' ';
                before += scan.forms[j];
            }
            const size_t last = i + len - 1;
            std::string joined = before;
            if (len > 1) joined += ' ';
            joined += scan.forms[last];
            // The longest glossary word the written word begins with comes
            // first: a stem can be cut too short (Kazakh басқа "other" →
            // бас "head"); the stem is the fallback.
            const std::vector<lexicon::Entry>& root =
                lexicon::lookup_root(scan.language, before, root_form(scan.tokens[last].norm, scan.language));
            const std::vector<lexicon::Entry>& found = has_gloss(root) ? root : lexicon::lookup(scan.language, joined);
            if (!has_gloss(found)) continue;
            add_glosses(found, glosses);
            matched = len;
        }
        i += matched ? matched : 1;
    }
}

} // namespace synoptic
