# Fails when any file under core/ includes a Qt header or names a Qt module: core must
# stay usable without Qt (ARCHITECTURE.md, dependency rule).
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.in"
     "${CORE_DIR}/CMakeLists.txt")
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines REGEX "#[ \t]*include[ \t]*[<\"](Q[A-Za-z]+|Qt[A-Za-z]*/)|Qt6::|find_package\\(Qt")
  if(lines)
    list(APPEND offenders "${source}: ${lines}")
  endif()
endforeach()
if(offenders)
  list(JOIN offenders "\n" report)
  message(FATAL_ERROR "core/ must not use Qt:\n${report}")
endif()
list(LENGTH sources count)
message(STATUS "core/ is free of Qt (${count} files checked)")
