#include "core/export/comparison_export.h"

#include "core/align/align_mode.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace synoptic {
namespace {

std::string letter(size_t k) { return std::string(1, static_cast<char>('A' + k)); }

// The fact with a form written in an article that carries it in this row
// (`in_row`, when given): a Turkish row's fact reads "İran", not the "Иран"
// of another article.
std::string fact_label(const Fact& fact, const std::vector<bool>* in_row = nullptr) {
    std::string surface;
    for (size_t k = 0; k < fact.surface.size() && surface.empty(); ++k)
        if (!in_row || (k < in_row->size() && (*in_row)[k])) surface = fact.surface[k];
    for (size_t k = 0; k < fact.surface.size() && surface.empty(); ++k) surface = fact.surface[k];
    return std::string(anchor_kind_name(fact.kind)) + " " + fact.key + (surface.empty() ? "" : " \"" + surface + "\"");
}

} // namespace

nlohmann::json event_verdict_json(const EventVerdict& verdict) {
    nlohmann::json pairs = nlohmann::json::array();
    for (const PairEvents& p : verdict.pairs)
        pairs.push_back({{"first", p.first},
                         {"second", p.second},
                         {"first_date", p.first_date},
                         {"second_date", p.second_date},
                         {"days_apart", p.days_apart},
                         {"linked_share", p.linked_share},
                         {"different_events", p.different_events}});
    return {{"different_events", verdict.different_events}, {"pairs", pairs}};
}

std::string event_verdict_line(const EventVerdict& verdict) {
    if (!verdict.different_events) return "";
    return "These reports seem to be about different events: " + verdict.example.first_date + " and " +
           verdict.example.second_date + "; no row is claimed as shared between them.";
}

std::string comparison_text(const std::vector<Article>& articles, const Comparison& c) {
    std::string out;
    if (const std::string line = event_verdict_line(c.events); !line.empty()) out += line + "\n";
    char line[512];
    const size_t n = articles.size();
    out += "articles\n";
    for (size_t k = 0; k < n; ++k) {
        std::snprintf(line, sizeof line, "  %s  %s [%s], %zu sentences\n", letter(k).c_str(), articles[k].name.c_str(),
                      articles[k].language.c_str(), articles[k].sentences.size());
        out += line;
    }
    // Rows edited by hand come without the pairs' alignments.
    if (!c.alignment.pairs.empty()) out += "pairs\n";
    for (const PairAlignment& p : c.alignment.pairs) {
        out += "  " + letter(p.first) + "-" + letter(p.second) + ": " + p.alignment.mode_reason + "\n";
    }
    out += "rows\n";
    for (size_t r = 0; r < c.alignment.rows.size(); ++r) {
        const AlignedRow& row = c.alignment.rows[r];
        std::snprintf(line, sizeof line, "#%zu  (%zu article%s, link %.2f)\n", r + 1, row.articles_present(),
                      row.articles_present() == 1 ? "" : "s", row.score);
        out += line;
        for (size_t k = 0; k < n; ++k) {
            if (row.sentences[k].empty()) continue;
            out += "  " + letter(k) + " [";
            for (size_t i = 0; i < row.sentences[k].size(); ++i)
                out += (i ? "," : "") + std::to_string(row.sentences[k][i]);
            out += "] ";
            for (size_t i = 0; i < row.sentences[k].size(); ++i) {
                if (i) out += " ";
                out += articles[k].sentence_text(row.sentences[k][i]);
            }
            out += "\n";
        }
        for (const RowFact& rf : c.row_facts[r]) {
            if (row.articles_present() < 2) break;
            std::string who;
            for (size_t k = 0; k < n; ++k)
                if (rf.in_article[k]) who += letter(k);
            out += std::string("    ") + fact_status_name(rf.status) + ": " + fact_label(c.facts[rf.fact], &rf.in_article) + " (" + who +
                   ")\n";
        }
        for (const FactConflict& conflict : c.conflicts)
            if (conflict.row == r)
                out += "    CONFLICT " + letter(conflict.article_a) + " vs " + letter(conflict.article_b) + ": " +
                       conflict.reason + "\n";
    }
    out += "facts";
    for (size_t k = 0; k < n; ++k) out += "\t" + letter(k);
    out += "\n";
    for (const Fact& fact : c.facts) {
        out += fact_label(fact);
        for (size_t k = 0; k < n; ++k) {
            out += "\t";
            if (fact.sentences[k].empty()) {
                out += "-";
                continue;
            }
            for (size_t i = 0; i < fact.sentences[k].size(); ++i)
                out += (i ? "," : "") + std::to_string(fact.sentences[k][i]);
        }
        out += "\n";
    }
    return out;
}

std::string comparison_json(const std::vector<Article>& articles, const Comparison& c) {
    using nlohmann::json;
    json arts = json::array();
    for (const Article& a : articles) {
        json sentences = json::array();
        for (size_t i = 0; i < a.sentences.size(); ++i) sentences.push_back(std::string(a.sentence_text(i)));
        arts.push_back({{"name", a.name}, {"language", a.language}, {"sentences", sentences}});
    }
    json pairs = json::array();
    for (const PairAlignment& p : c.alignment.pairs) {
        json links = json::array();
        for (const Link& l : p.alignment.links) links.push_back({{"a", l.a}, {"b", l.b}, {"score", l.score}});
        pairs.push_back({{"first", p.first},
                         {"second", p.second},
                         {"mode", align_mode_name(p.alignment.mode)},
                         {"mode_reason", p.alignment.mode_reason},
                         {"links", links}});
    }
    json facts = json::array();
    for (const Fact& f : c.facts)
        facts.push_back({{"kind", anchor_kind_name(f.kind)}, {"key", f.key}, {"surface", f.surface}, {"sentences", f.sentences}});
    json rows = json::array();
    for (size_t r = 0; r < c.alignment.rows.size(); ++r) {
        json row_facts = json::array();
        for (const RowFact& rf : c.row_facts[r])
            row_facts.push_back({{"fact", rf.fact}, {"status", fact_status_name(rf.status)}, {"in_article", rf.in_article}});
        rows.push_back({{"sentences", c.alignment.rows[r].sentences},
                        {"score", c.alignment.rows[r].score},
                        {"facts", row_facts}});
    }
    json conflicts = json::array();
    for (const FactConflict& f : c.conflicts)
        conflicts.push_back({{"row", f.row},
                             {"article_a", f.article_a},
                             {"article_b", f.article_b},
                             {"fact_a", f.fact_a},
                             {"fact_b", f.fact_b},
                             {"reason", f.reason}});
    json out = {{"articles", arts}, {"pairs", pairs},        {"rows", rows},
                {"facts", facts}, {"conflicts", conflicts}, {"events", event_verdict_json(c.events)}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace synoptic
