// bench_langid_cld2 SET.tsv: the same test set as bench_langid, answered by
// CLD2 (Debian's libcld2, not shipped in the page: its tables are ~2 MB),
// to compare Synoptic's small identifier with a well-kept detector.
#include <cstdio> // before CLD2's header, which uses FILE without it

#include <cld2/public/compact_lang_det.h>
#include <fstream>
#include <map>
#include <string>

namespace CLD2 {
const char* LanguageCode(Language lang);
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_langid_cld2 SET.tsv\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    std::string line;
    std::map<std::string, std::map<std::string, size_t>> confusion;
    std::map<std::string, size_t> total, right;
    while (std::getline(in, line)) {
        const size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const std::string language = line.substr(0, tab), text = line.substr(tab + 1);
        bool reliable = false;
        const CLD2::Language l = CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()), true, &reliable);
        std::string code = CLD2::LanguageCode(l);
        if (code == "un") code = "und";
        ++confusion[language][code];
        ++total[language];
        if (code == language) ++right[language];
    }
    std::printf("CLD2 (libcld2 0.0.0-git20150806)\n%-4s %6s %8s   confusions\n", "lang", "n", "accuracy");
    size_t all = 0, all_right = 0;
    for (const auto& [language, n] : total) {
        std::printf("%-4s %6zu %8.3f  ", language.c_str(), n, double(right[language]) / double(n));
        for (const auto& [answer, count] : confusion[language])
            if (answer != language) std::printf(" %s:%zu", answer.c_str(), count);
        std::printf("\n");
        all += n;
        all_right += right[language];
    }
    std::printf("all  %6zu %8.3f\n", all, double(all_right) / double(all));
    std::printf("kk vs ru: kk read as ru %zu of %zu, ru read as kk %zu of %zu\n", confusion["kk"]["ru"], total["kk"],
                confusion["ru"]["kk"], total["ru"]);
    return 0;
}
