// bench_langid_cld2 SET.tsv: the same test set as bench_langid, answered by
// CLD2 (Debian's libcld2, not shipped in the page: its tables are ~2 MB),
// to compare Synoptic's small identifier with a well-kept detector.
#include <cstdio> // before CLD2's header, which uses FILE without it

#include <cld2/public/compact_lang_det.h>
#include <string>

#include "langid_scores.h"

namespace CLD2 {
const char* LanguageCode(Language lang);
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_langid_cld2 SET.tsv\n");
        return 2;
    }
    synoptic::bench::LanguageConfusion scores;
    for (const synoptic::bench::LanguageSample& s : synoptic::bench::read_langid_set(argv[1])) {
        bool reliable = false;
        const CLD2::Language l = CLD2::DetectLanguage(s.text.data(), static_cast<int>(s.text.size()), true, &reliable);
        std::string code = CLD2::LanguageCode(l);
        if (code == "un") code = "und";
        scores.add(s.language, code);
    }
    std::printf("CLD2 (libcld2 0.0.0-git20150806)\n");
    scores.print();
    return 0;
}
