# Word tables generated at build time from ICU's CLDR data (numbers, calendar
# words, countries, cities, languages, currencies) and from the hand-made
# tables beside this file (extra_forms.tsv, news_glossary.tsv), compiled into
# synoptic_core. Included from src/core/CMakeLists.txt after synoptic_core.
#
# Native builds run the generator (a native program linked to the system ICU).
# The web build cannot run it: it takes the file the native build wrote, from
# SYNOPTIC_NATIVE_GENERATED_DIR (the Makefile builds native first).
set(SYNOPTIC_LEXICON_SOURCE ${CMAKE_CURRENT_LIST_DIR})
if(EMSCRIPTEN)
  set(SYNOPTIC_NATIVE_GENERATED_DIR "${CMAKE_SOURCE_DIR}/build/native/generated" CACHE PATH
      "generated/ directory of a native build (lexicon tables for the web build)")
  set(SYNOPTIC_LEXICON_TABLES ${SYNOPTIC_NATIVE_GENERATED_DIR}/lexicon_tables.cpp)
  if(NOT EXISTS ${SYNOPTIC_LEXICON_TABLES})
    message(FATAL_ERROR "${SYNOPTIC_LEXICON_TABLES} is missing: build the native preset first "
                        "(it generates the lexicon tables) or set SYNOPTIC_NATIVE_GENERATED_DIR")
  endif()
else()
  # The generator files every form under the keys the core looks words up
  # by, with the core's own tokenizer and stemmers compiled in.
  add_executable(generate_lexicon ${SYNOPTIC_LEXICON_SOURCE}/generators/generate_lexicon.cpp
                 ${SYNOPTIC_LEXICON_SOURCE}/index_keys.cpp
                 ${CMAKE_SOURCE_DIR}/src/core/text/tokenize.cpp
                 ${CMAKE_SOURCE_DIR}/src/core/text/normalize.cpp
                 ${CMAKE_SOURCE_DIR}/src/core/text/utf8.cpp
                 ${CMAKE_SOURCE_DIR}/src/core/features/stem.cpp
                 ${CMAKE_SOURCE_DIR}/src/core/features/word_form.cpp)
  target_include_directories(generate_lexicon PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(generate_lexicon PRIVATE synoptic::icu synoptic::stemmer)
  set(SYNOPTIC_LEXICON_TABLES ${CMAKE_BINARY_DIR}/generated/lexicon_tables.cpp)
  add_custom_command(
    OUTPUT ${SYNOPTIC_LEXICON_TABLES}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
    COMMAND generate_lexicon ${SYNOPTIC_LEXICON_TABLES} ${SYNOPTIC_LEXICON_SOURCE}/extra_forms.tsv
            ${SYNOPTIC_LEXICON_SOURCE}/news_glossary.tsv
    DEPENDS generate_lexicon ${SYNOPTIC_LEXICON_SOURCE}/extra_forms.tsv ${SYNOPTIC_LEXICON_SOURCE}/news_glossary.tsv
    COMMENT "Generating lexicon tables from ICU/CLDR"
    VERBATIM)
endif()
target_sources(synoptic_core PRIVATE ${SYNOPTIC_LEXICON_TABLES})
