#include "core/features/number_words.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace synoptic {

std::string number_value_key(double v) {
    char buf[48];
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
    else
        std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

std::optional<double> number_words_value(const std::vector<const lexicon::Entry*>& run) {
    double total = 0, current = 0;
    bool any_scale = false;
    for (const lexicon::Entry* e : run) {
        double v = std::atof(e->value.c_str());
        bool multiplier = e->kind == lexicon::EntryKind::Scale ||
                          (e->kind == lexicon::EntryKind::Number && (v == 100 || v == 1000) && current > 0 && current < v);
        if (!multiplier) {
            current += v;
        } else {
            current = (current == 0 ? 1 : current) * v; // үш жүз, üç yüz: 3 × 100
            any_scale = true;
            if (v >= 1000) {
                total += current;
                current = 0;
            }
        }
    }
    total += current;
    if (run.empty() || (run.size() == 1 && total == 1 && !any_scale)) return std::nullopt;
    return total;
}

} // namespace synoptic
