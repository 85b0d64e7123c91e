#include "core/segment/abbreviations.h"

#include <set>
#include <string>

namespace synoptic {

namespace {

using WordSet = std::set<std::string, std::less<>>;

const WordSet& international() {
    // Titles before names and reference abbreviations, as news in any
    // Latin-script language quotes them.
    static const WordSet words = {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
        "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "vs", "no", "nos", "vol", "pp",
        "e.g", "i.e", "etc.al", "cf", "approx", "dept", "est", "fig", "inc", "ltd", "co", "corp",
        "u.s", "u.k", "u.n", "a.m", "p.m",
    };
    return words;
}

const WordSet& cyrillic() {
    // Russian and Kazakh: forms of address, place types before a name
    // (г. Алматы, ул. Абая, обл.), and mid-sentence abbreviations.
    static const WordSet words = {
        "г", "гг", "ул", "пр", "просп", "пер", "пл", "им", "проф", "акад", "доц", "ген", "тов",
        "гр", "св", "с", "пос", "д", "кв", "обл", "р-н", "р", "ст", "ред", "т.е", "т.к", "т.н",
        "т.ч", "напр", "см", "рис", "табл", "стр", "каб", "корп", "көш", "ш",
    };
    return words;
}

const WordSet& turkish() {
    static const WordSet words = {
        "dr", "prof", "doç", "av", "sn", "yrd", "öğr", "gör", "alb", "bkz", "vb", "vs", "mah",
        "cad", "sok", "no", "tel", "hz", "ltd", "şti", "a.ş", "org", "gen", "korg", "tuğg",
    };
    return words;
}

const WordSet& german() {
    static const WordSet words = {"bzw", "ca", "z.b", "u.a", "d.h", "s.o", "evtl", "ggf", "hr", "fr",
                                  "nr", "str", "vgl", "dt", "jh", "mio", "mrd"};
    return words;
}

const WordSet& french() {
    static const WordSet words = {"m", "mm", "mme", "mlle", "me", "av", "bd", "env", "cf", "p", "art"};
    return words;
}

bool contains(const WordSet& set, std::string_view word) { return set.find(word) != set.end(); }

} // namespace

bool is_non_final_abbreviation(std::string_view word, std::string_view language) {
    if (contains(international(), word)) return true;
    if (language == "ru" || language == "kk" || language == "uk" || language == "und")
        if (contains(cyrillic(), word)) return true;
    if (language == "tr" && contains(turkish(), word)) return true;
    if (language == "de" && contains(german(), word)) return true;
    if (language == "fr" && contains(french(), word)) return true;
    return false;
}

bool is_unit_abbreviation(std::string_view word) {
    static const WordSet words = {"г", "гг", "ж", "жж", "тыс", "млн", "млрд", "трлн", "руб", "долл",
                                  "коп", "мин", "сек", "км", "кг", "mln", "mlr", "bin", "mio", "mrd",
                                  "bn", "m", "km", "kg", "yy"};
    return contains(words, word);
}

bool is_final_abbreviation(std::string_view word) {
    static const WordSet words = {"etc", "т.д", "т.п", "т.б", "т.с.с", "др", "vb", "usw", "etc.", "ve.s"};
    return contains(words, word);
}

} // namespace synoptic
