cmake_minimum_required(VERSION 3.25)
# Fails when a file outside the platform files of docs/PORTABILITY.md includes a system
# header (POSIX or Windows) or tests the platform with #ifdef: a Windows port must stay a
# change of those files only.
set(platform_files
  core/storage/file_ops.h core/storage/file_ops.cpp core/storage/file_lock.cpp
  core/storage/file_probe.cpp app/quit_signals_posix.cpp)
set(offenders "")
foreach(dir core ui app)
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
  foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
    if(relative IN_LIST platform_files)
      continue()
    endif()
    file(STRINGS "${source}" lines REGEX
      "#[ \t]*include[ \t]*<(unistd|fcntl|pwd|grp|signal|dlfcn|windows|io|direct)\\.h>|#[ \t]*include[ \t]*<(csignal|sys/)|#[ \t]*if(def|ndef)?[ \t(]*.*(Q_OS_|_WIN32|__linux__|__unix__|__APPLE__)")
    if(lines)
      list(APPEND offenders "${relative}: ${lines}")
    endif()
  endforeach()
endforeach()
if(offenders)
  list(JOIN offenders "\n" report)
  message(FATAL_ERROR "system headers or platform #ifdefs outside the platform files "
                      "(docs/PORTABILITY.md):\n${report}")
endif()
message(STATUS "platform code only in: ${platform_files}")
