// Real text of book length for benchmarks that need a large vocabulary: the
// translated strings (msgstr) of Debian's message catalogs in one language,
// /usr/share/locale/<lang>/LC_MESSAGES/*.mo, read with gettext's msgunfmt.
// UI strings, not news; nothing of them is stored in the repository. Native
// only (popen); empty when msgunfmt or the catalogs are missing.
#pragma once
#include <cstdio>
#include <string>
#include <vector>

namespace synoptic::bench {

#ifndef __EMSCRIPTEN__
inline std::string unquote_po(const std::string& line) {
    const size_t a = line.find('"'), b = line.rfind('"');
    std::string out;
    if (a == std::string::npos || b <= a) return out;
    for (size_t i = a + 1; i < b; ++i) {
        if (line[i] != '\\' || i + 1 >= b) {
            out += line[i];
            continue;
        }
        const char n = line[++i];
        out += (n == 'n' || n == 't') ? ' ' : n;
    }
    return out;
}

// Every non-empty singular msgstr of the language's catalogs, in file order.
inline std::vector<std::string> catalog_strings(const std::string& language) {
    std::vector<std::string> strings;
    const std::string command = "for f in /usr/share/locale/" + language +
                                "/LC_MESSAGES/*.mo; do msgunfmt --no-wrap \"$f\"; done 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return strings;
    std::string po;
    char buffer[65536];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) po.append(buffer, got);
    pclose(pipe);
    std::string current;
    bool in_msgstr = false;
    auto flush = [&] {
        if (in_msgstr && !current.empty()) strings.push_back(current);
        current.clear();
        in_msgstr = false;
    };
    for (size_t begin = 0; begin < po.size();) {
        size_t end = po.find('\n', begin);
        if (end == std::string::npos) end = po.size();
        const std::string line = po.substr(begin, end - begin);
        begin = end + 1;
        if (line.rfind("msgstr \"", 0) == 0) {
            flush();
            in_msgstr = true;
            current = unquote_po(line);
        } else if (in_msgstr && !line.empty() && line[0] == '"') {
            current += unquote_po(line);
        } else {
            flush();
        }
    }
    flush();
    return strings;
}
#else
inline std::vector<std::string> catalog_strings(const std::string&) { return {}; }
#endif

} // namespace synoptic::bench
