// Scoring of a language identifier on samples of known language, shared by
// bench_langid (Synoptic's identifier) and bench_langid_cld2 (CLD2), so the
// two print the same table for the same set.
#pragma once
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace synoptic::bench {

struct LanguageSample {
    std::string language, text;
};

// The set made by make_langid_set.py: "lang<TAB>text" lines; lines without
// a tab are skipped.
inline std::vector<LanguageSample> read_langid_set(const std::string& path) {
    std::vector<LanguageSample> samples;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const size_t tab = line.find('\t');
        if (tab != std::string::npos) samples.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return samples;
}

// Answers counted per true language: accuracy and what it was taken for.
struct LanguageConfusion {
    std::map<std::string, std::map<std::string, size_t>> answers; // truth -> answer -> count
    std::map<std::string, size_t> total, right;

    void add(const std::string& truth, const std::string& answer) {
        ++answers[truth][answer];
        ++total[truth];
        if (answer == truth) ++right[truth];
    }
    size_t count(const std::string& truth, const std::string& answer) const {
        const auto t = answers.find(truth);
        if (t == answers.end()) return 0;
        const auto a = t->second.find(answer);
        return a == t->second.end() ? 0 : a->second;
    }
    size_t total_of(const std::string& truth) const {
        const auto t = total.find(truth);
        return t == total.end() ? 0 : t->second;
    }

    // Accuracy per language with its confusions, overall accuracy, and the
    // pair that matters most to Synoptic: Kazakh against Russian.
    void print() const {
        std::printf("%-4s %6s %8s   confusions\n", "lang", "n", "accuracy");
        size_t all = 0, all_right = 0;
        for (const auto& [language, n] : total) {
            const size_t r = right.count(language) ? right.at(language) : 0;
            std::printf("%-4s %6zu %8.3f  ", language.c_str(), n, double(r) / double(n));
            for (const auto& [answer, c] : answers.at(language))
                if (answer != language) std::printf(" %s:%zu", answer.c_str(), c);
            std::printf("\n");
            all += n;
            all_right += r;
        }
        std::printf("all  %6zu %8.3f\n", all, double(all_right) / double(all));
        std::printf("kk vs ru: kk read as ru %zu of %zu, ru read as kk %zu of %zu\n", count("kk", "ru"),
                    total_of("kk"), count("ru", "kk"), total_of("ru"));
    }
};

} // namespace synoptic::bench
