# Fails when a user-visible text writes a plural as "(s)", "(en)", "(ën)", "(y/ies)" or
# "(len)": counts say their word in the right number (Qt's %n forms in the UI, singular and
# plural LocalText in core). Looks inside string literals and YAML/JSON/TS text of the
# source folders; "%1 (%2)" and other brackets around whole words pass.
set(bad_forms "[A-Za-z]\\((s|en|ën|y/ies|len)\\)")
set(found "")
foreach(dir IN LISTS SOURCE_DIRS)
  file(GLOB_RECURSE files "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.yaml" "${dir}/*.json"
       "${dir}/*.ts" "${dir}/*.tsv" "${dir}/*.html")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "${bad_forms}")
    foreach(line IN LISTS lines)
      # C++ and CMake comments are for developers; only text in quotes (or data files) counts.
      if(file MATCHES "\\.(cpp|h)$")
        string(REGEX MATCH "\"[^\"]*${bad_forms}[^\"]*\"" quoted "${line}")
        string(REGEX MATCH "^[ \t]*//" comment "${line}")
        if(NOT quoted OR comment)
          continue()
        endif()
      endif()
      if(file MATCHES "\\.(yaml|tsv)$" AND line MATCHES "^[ \t]*#")
        continue()
      endif()
      string(APPEND found "${file}: ${line}\n")
    endforeach()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "plurals written with brackets:\n${found}")
endif()
message(STATUS "no bracketed plurals")
