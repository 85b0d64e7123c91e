# Native dependencies: Debian's -dev packages (installed by toolchains/bootstrap.sh).
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
add_library(synoptic_icu INTERFACE)
target_link_libraries(synoptic_icu INTERFACE ICU::i18n ICU::uc ICU::data)
add_library(synoptic::icu ALIAS synoptic_icu)

find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
add_library(synoptic::gumbo ALIAS PkgConfig::GUMBO)

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(synoptic_stemmer INTERFACE)
target_include_directories(synoptic_stemmer INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(synoptic_stemmer INTERFACE ${STEMMER_LIBRARY})
add_library(synoptic::stemmer ALIAS synoptic_stemmer)

find_package(nlohmann_json 3 REQUIRED)
add_library(synoptic::json ALIAS nlohmann_json::nlohmann_json)
