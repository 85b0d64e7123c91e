# The ICU data package for the page: the items in toolchains/icu-data.list,
# extracted from Debian's prebuilt icudt72l.dat with icupkg (icu-devtools
# 72.1), repacked, and embedded as a C array (registered at start-up with
# udata_setCommonData, see src/web/icu_data.cpp).
find_program(ICUPKG icupkg REQUIRED) # used by toolchains/pack-icu-data.sh
find_program(DEBIAN_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(ICU_DAT_FULL ${SYNOPTIC_THIRD_PARTY}/icu/source/data/in/icudt72l.dat)
set(ICU_DATA_DIR ${CMAKE_BINARY_DIR}/icu-data)
set(ICU_DAT_SUBSET ${ICU_DATA_DIR}/icudt72l.dat)
set(ICU_DATA_C ${ICU_DATA_DIR}/icu_data_blob.c)
set(ICU_DATA_LIST ${CMAKE_SOURCE_DIR}/toolchains/icu-data.list)

add_custom_command(
  OUTPUT ${ICU_DAT_SUBSET}
  COMMAND ${CMAKE_SOURCE_DIR}/toolchains/pack-icu-data.sh ${ICU_DAT_FULL} ${ICU_DATA_LIST}
          ${ICU_DATA_DIR} ${ICU_DAT_SUBSET}
  DEPENDS ${ICU_DATA_LIST} ${ICU_DAT_FULL} ${CMAKE_SOURCE_DIR}/toolchains/pack-icu-data.sh
  COMMENT "Packing the ICU data subset")
add_custom_command(
  OUTPUT ${ICU_DATA_C}
  COMMAND ${DEBIAN_PYTHON3} ${CMAKE_SOURCE_DIR}/toolchains/embed-file.py
          ${ICU_DAT_SUBSET} ${ICU_DATA_C} synoptic_icu_data
  DEPENDS ${ICU_DAT_SUBSET} ${CMAKE_SOURCE_DIR}/toolchains/embed-file.py)
add_library(synoptic_icu_data STATIC ${ICU_DATA_C})
