# Writes the Debian copyright file (machine-readable format 1.0) with the full text of
# LICENSE: Debian's own licence directory has no EUPL, so the text must be in the package.
# Arguments: -DLICENSE=... -DOUT=... -DSOURCE_URL=...
file(READ "${LICENSE}" text)
string(REGEX REPLACE "[ \t\r]+\n" "\n" text "${text}")
string(STRIP "${text}" text)
# Continuation lines start with a space; an empty line is " .".
string(REPLACE "\n" "\n " text "${text}")
string(REGEX REPLACE "\n \n" "\n .\n" text "${text}")
string(REGEX REPLACE "\n \n" "\n .\n" text "${text}")
file(WRITE "${OUT}"
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: DPIA Assistent
Source: ${SOURCE_URL}

Files: *
Copyright: 2026 DPIA Assistent maintainers
License: EUPL-1.2

License: EUPL-1.2
 ${text}
")
