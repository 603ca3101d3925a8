# One INTERFACE target carries the language level, the warnings and the Qt strictness
# defines; every target of the project links it, so no target can drift.
add_library(dpia_options INTERFACE)
target_compile_features(dpia_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(dpia_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
  -Woverloaded-virtual -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
# GCC 12 reports false -Wrestrict warnings inside libstdc++'s std::string at -O2
# (GCC bug 105651); they are not about our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(dpia_options INTERFACE -Wno-restrict)
endif()
if(DPIA_WERROR)
  target_compile_options(dpia_options INTERFACE -Werror)
endif()

target_compile_definitions(dpia_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Headers are included from the repository root ("core/...", "ui/...").
target_include_directories(dpia_options INTERFACE
  "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}/generated")

if(DPIA_SANITIZE)
  target_compile_options(dpia_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(dpia_options INTERFACE -fsanitize=address,undefined)
endif()
