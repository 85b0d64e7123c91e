// What a test compares of a read article: the text of each paragraph.
#pragma once
#include <string>
#include <vector>

#include "core/ingest/article.h"

namespace synoptic::test {

inline std::vector<std::string> paragraph_texts(const Article& a) {
    std::vector<std::string> out;
    for (const Paragraph& p : a.paragraphs) out.emplace_back(a.slice(p.span));
    return out;
}

} // namespace synoptic::test
