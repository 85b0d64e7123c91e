#include "app/i18n/interface_languages.h"

#include <cctype>

// The catalogs' bytes (toolchains/embed-file.py, listed by CMake).
#define SYNOPTIC_CATALOG(language)                                      \
    extern "C" const unsigned char synoptic_catalog_##language[];       \
    extern "C" const size_t synoptic_catalog_##language##_size;
#include "interface_catalogs.inc"
#undef SYNOPTIC_CATALOG

namespace synoptic::i18n {
namespace {

struct EmbeddedCatalog {
    const char* language;
    const unsigned char* bytes;
    const size_t* size;
};

const EmbeddedCatalog kCatalogs[] = {
#define SYNOPTIC_CATALOG(language) {#language, synoptic_catalog_##language, &synoptic_catalog_##language##_size},
#include "interface_catalogs.inc"
#undef SYNOPTIC_CATALOG
};

// "ru-RU" and "RU_ru" → "ru": the language subtag, lower case.
std::string primary_subtag(std::string_view tag) {
    std::string out;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        out.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

// The bytes of a language's catalog as compiled in.
Result<std::string_view> embedded_catalog(std::string_view language) {
    for (const EmbeddedCatalog& c : kCatalogs)
        if (language == c.language) return std::string_view(reinterpret_cast<const char*>(c.bytes), *c.size);
    return Error{"the interface has no language \"" + std::string(language) + "\""};
}

} // namespace

const std::vector<std::string>& interface_languages() {
    static const std::vector<std::string> languages = [] {
        std::vector<std::string> out;
        for (const EmbeddedCatalog& c : kCatalogs) out.push_back(c.language);
        return out;
    }();
    return languages;
}

Result<Catalog> load_catalog(std::string_view language) {
    Result<std::string_view> json = embedded_catalog(language);
    if (!json) return json.error();
    return Catalog::parse(*json);
}

Result<LanguageHeader> load_language_header(std::string_view language) {
    Result<std::string_view> json = embedded_catalog(language);
    if (!json) return json.error();
    return LanguageHeader::parse(*json);
}

std::string choose_interface_language(const std::vector<std::string>& preferred) {
    for (const std::string& tag : preferred) {
        const std::string language = primary_subtag(tag);
        for (const EmbeddedCatalog& c : kCatalogs)
            if (language == c.language) return language;
    }
    return kCatalogs[0].language;
}

} // namespace synoptic::i18n
