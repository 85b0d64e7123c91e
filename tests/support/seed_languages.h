// The languages of the seed articles (assets/demo), known by reading them:
// what the language identifier test requires and bench_langid scores.
#pragma once
#include <string_view>

namespace synoptic::test {

struct SeedLanguage {
    const char* file; // under seeds/
    const char* language;
};

inline constexpr SeedLanguage seed_languages[] = {{"000_84709defd8457a92.txt", "kk"},
                                                  {"001_e7239c642e9fa5fc.txt", "ru"},
                                                  {"002_970eac684697c81d.txt", "ru"},
                                                  {"003_292c7b092348037e.txt", "tr"},
                                                  {"004_ca88b99b49bb6e08.txt", "ar"}};

// The English tweets the Kazakh seed (000) embeds: its paragraphs that
// mention "talks" or start "It was useful" (no paragraph of the other
// seeds does); its other paragraphs are Kazakh.
inline bool is_english_tweet(std::string_view seed_paragraph) {
    return seed_paragraph.find("talks") != std::string_view::npos || seed_paragraph.rfind("It was useful", 0) == 0;
}

} // namespace synoptic::test
