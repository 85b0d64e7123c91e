# Fonts for the page, cut from Debian's fonts-noto-core with pyftsubset
# (python3-fonttools) and embedded as C arrays. The code point ranges here and
# the glyph ranges the app loads (src/app/fonts.cpp) name the same scripts.
# Debian's python3 is the one with python3-fonttools (a pyenv python on PATH is not).
find_program(DEBIAN_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(NOTO_DIR /usr/share/fonts/truetype/noto CACHE PATH "fonts-noto-core")
set(FONT_OUT ${CMAKE_BINARY_DIR}/fonts)
# Latin, Latin-1, Latin Extended-A/B (Turkish, Kazakh Latin), spacing
# modifier letters and Latin Extended Additional (ʿ ḥ ṣ ạ of romanized
# Arabic, ʹ of Russian BGN), Cyrillic with Kazakh letters, general
# punctuation, currency signs, №.
set(LATIN_CYRILLIC_RANGES "U+0020-024F,U+02B0-02FF,U+0300-036F,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20BF,U+2116,U+2122,U+FFFD")
# Arabic, Arabic Supplement, Presentation Forms A and B (what u_shapeArabic emits).
set(ARABIC_RANGES "U+0020-0040,U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF")

function(synoptic_font_subset name source ranges)
  set(ttf ${FONT_OUT}/${name}.ttf)
  set(c ${FONT_OUT}/${name}.c)
  add_custom_command(
    OUTPUT ${ttf}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${FONT_OUT}
    COMMAND ${DEBIAN_PYTHON3} -m fontTools.subset ${NOTO_DIR}/${source} --unicodes=${ranges} --no-hinting
            --layout-features= --output-file=${ttf}
    DEPENDS ${NOTO_DIR}/${source}
    COMMENT "Subsetting ${source}")
  add_custom_command(
    OUTPUT ${c}
    COMMAND ${DEBIAN_PYTHON3} ${CMAKE_SOURCE_DIR}/toolchains/embed-file.py ${ttf} ${c} synoptic_font_${name}
    DEPENDS ${ttf} ${CMAKE_SOURCE_DIR}/toolchains/embed-file.py)
  set(SYNOPTIC_FONT_SOURCES ${SYNOPTIC_FONT_SOURCES} ${c} PARENT_SCOPE)
endfunction()

synoptic_font_subset(noto_sans NotoSans-Regular.ttf "${LATIN_CYRILLIC_RANGES}")
synoptic_font_subset(noto_sans_arabic NotoSansArabic-Regular.ttf "${ARABIC_RANGES}")
add_library(synoptic_fonts STATIC ${SYNOPTIC_FONT_SOURCES})
