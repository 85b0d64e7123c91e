# Web dependencies: the same libraries as the native build, compiled to wasm
# from the sources toolchains/fetch-sources.sh unpacked into third_party/.
set(TP ${SYNOPTIC_THIRD_PARTY})
foreach(dir icu/source imgui snowball gumbo-parser/deps/gumbo-parser)
  if(NOT EXISTS ${TP}/${dir})
    message(FATAL_ERROR "${TP}/${dir} is missing: run toolchains/bootstrap.sh")
  endif()
endforeach()

# ---------------------------------------------------------------------------
# ICU 72.1: common + i18n as static libraries. The data is not ICU's stub but
# a subset package compiled in and registered with udata_setCommonData
# (see toolchains/icu-data.cmake).
# ---------------------------------------------------------------------------
set(ICU_SRC ${TP}/icu/source)
# Legacy conversion stays on: articles saved from older sites come in
# windows-1251, KOI8-R, windows-1256, windows-1254 (core/text/legacy_charsets).
set(ICU_FLAGS -DU_STATIC_IMPLEMENTATION -DU_DISABLE_RENAMING=1
    -DU_CHARSET_IS_UTF8=1
    -DU_USING_ICU_NAMESPACE=0 -DU_ENABLE_DYLOAD=0 -DU_HAVE_STRTOD_L=0)
file(GLOB ICU_COMMON_SOURCES ${ICU_SRC}/common/*.cpp)
file(GLOB ICU_I18N_SOURCES ${ICU_SRC}/i18n/*.cpp)

add_library(icu_common STATIC ${ICU_COMMON_SOURCES} ${ICU_SRC}/stubdata/stubdata.cpp)
target_include_directories(icu_common PUBLIC ${ICU_SRC}/common)
target_compile_definitions(icu_common PRIVATE U_COMMON_IMPLEMENTATION)
target_compile_options(icu_common PRIVATE ${ICU_FLAGS} -Os -w)

add_library(icu_i18n STATIC ${ICU_I18N_SOURCES})
target_include_directories(icu_i18n PUBLIC ${ICU_SRC}/i18n PRIVATE ${ICU_SRC}/common)
target_compile_definitions(icu_i18n PRIVATE U_I18N_IMPLEMENTATION)
target_compile_options(icu_i18n PRIVATE ${ICU_FLAGS} -Os -w)

add_library(synoptic_icu INTERFACE)
target_link_libraries(synoptic_icu INTERFACE icu_i18n icu_common)
target_compile_definitions(synoptic_icu INTERFACE ${ICU_FLAGS})
add_library(synoptic::icu ALIAS synoptic_icu)

# ---------------------------------------------------------------------------
# Gumbo 0.10.1 (HTML5 parser, C).
# ---------------------------------------------------------------------------
set(GUMBO_SRC ${TP}/gumbo-parser/deps/gumbo-parser/src)
file(GLOB GUMBO_SOURCES ${GUMBO_SRC}/*.c)
add_library(gumbo STATIC ${GUMBO_SOURCES})
target_include_directories(gumbo PUBLIC ${GUMBO_SRC})
target_compile_options(gumbo PRIVATE -Os -w -std=c99)
add_library(synoptic::gumbo ALIAS gumbo)

# ---------------------------------------------------------------------------
# Snowball 2.2.0: stemmer C sources generated with the host compiler.
# ---------------------------------------------------------------------------
set(SNOWBALL_GEN ${CMAKE_BINARY_DIR}/snowball)
execute_process(
  COMMAND ${CMAKE_SOURCE_DIR}/toolchains/generate-snowball.sh ${TP}/snowball ${SNOWBALL_GEN}
  RESULT_VARIABLE snowball_result)
if(NOT snowball_result EQUAL 0)
  message(FATAL_ERROR "generating the Snowball stemmers failed")
endif()
file(GLOB SNOWBALL_SOURCES ${SNOWBALL_GEN}/src_c/*.c ${SNOWBALL_GEN}/runtime/*.c
     ${SNOWBALL_GEN}/libstemmer/libstemmer_utf8.c)
add_library(stemmer STATIC ${SNOWBALL_SOURCES})
target_include_directories(stemmer PUBLIC ${SNOWBALL_GEN}/include)
target_compile_options(stemmer PRIVATE -Os -w)
add_library(synoptic::stemmer ALIAS stemmer)

# ---------------------------------------------------------------------------
# Dear ImGui 1.86 with the GLFW (emscripten's own) + OpenGL3/WebGL2 backends.
# ---------------------------------------------------------------------------
set(IMGUI_SRC ${TP}/imgui)
add_library(imgui STATIC
  ${IMGUI_SRC}/imgui.cpp ${IMGUI_SRC}/imgui_draw.cpp ${IMGUI_SRC}/imgui_tables.cpp
  ${IMGUI_SRC}/imgui_widgets.cpp
  ${IMGUI_SRC}/backends/imgui_impl_glfw.cpp ${IMGUI_SRC}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui PUBLIC ${IMGUI_SRC} ${IMGUI_SRC}/backends)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)
target_compile_options(imgui PRIVATE -Os -sUSE_GLFW=3)
target_link_options(imgui INTERFACE -sUSE_GLFW=3 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2)

# ---------------------------------------------------------------------------
# nlohmann/json 3.11 (header-only, Debian's nlohmann-json3-dev): only its own
# folder is put on the include path, never the host's /usr/include.
# ---------------------------------------------------------------------------
set(JSON_INCLUDE ${CMAKE_BINARY_DIR}/json-include)
file(MAKE_DIRECTORY ${JSON_INCLUDE})
file(CREATE_LINK /usr/include/nlohmann ${JSON_INCLUDE}/nlohmann SYMBOLIC)
add_library(synoptic_json INTERFACE)
target_include_directories(synoptic_json SYSTEM INTERFACE ${JSON_INCLUDE})
add_library(synoptic::json ALIAS synoptic_json)
