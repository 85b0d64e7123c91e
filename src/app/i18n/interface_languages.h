// The languages the interface speaks, each with its catalog compiled in
// (catalogs/<language>.json), and the choice of one from what the reader's
// browser prefers.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n/catalog.h"
#include "core/base/result.h"

namespace synoptic::i18n {

// Codes of the interface languages ("en", "ru", ...), English first.
const std::vector<std::string>& interface_languages();

// The catalog of an interface language; an unknown code is refused.
Result<Catalog> load_catalog(std::string_view language);
// Its header alone (its own name, its direction), without reading its messages.
Result<LanguageHeader> load_language_header(std::string_view language);

// The first of the reader's preferred languages (BCP 47 tags, most wanted
// first: "ru-RU", "kk", "en-GB") the interface speaks, else English.
std::string choose_interface_language(const std::vector<std::string>& preferred);

} // namespace synoptic::i18n
