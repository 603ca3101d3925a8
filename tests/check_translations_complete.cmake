# Fails when a Qt Linguist catalogue has an unfinished or empty translation: every
# user-visible string must exist in Dutch and English (STYLE.md, practice 9).
foreach(ts IN LISTS TS_FILES)
  file(READ "${ts}" content)
  string(REGEX MATCHALL "<translation type=\"unfinished\"|<translation>[ \t\r\n]*</translation>|<translation/>" bad "${content}")
  list(LENGTH bad count)
  if(count GREATER 0)
    message(FATAL_ERROR "${ts}: ${count} unfinished or empty translation(s)")
  endif()
  string(REGEX MATCHALL "<message" messages "${content}")
  list(LENGTH messages total)
  message(STATUS "${ts}: ${total} messages, all translated")
endforeach()
