#!/usr/bin/env bash
# `man dpia-cli` lists every command of `dpia-cli --help` and every exit code, and both
# pages format without warnings.
# Usage: man_pages.sh DPIA_CLI CLI_PAGE GUI_PAGE
set -euo pipefail
. "$(dirname "$0")/require_tool.sh"
require_tool man man-db
cli=$1 cli_page=$2 gui_page=$3
for page in "$cli_page" "$gui_page"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then echo "$page: $warnings"; exit 1; fi
done
text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$cli_page" 2>/dev/null)
# --help lists each command as "  dpia-cli NAME usage...".
commands=$("$cli" --lang en --help | sed -n 's/^  dpia-cli \([a-z][a-z-]*\).*/\1/p' | sort -u)
[ -n "$commands" ] || { echo "no commands read from dpia-cli --help"; exit 1; }
missing=0
for command in $commands; do
    if ! grep -qE "^ +$command( |$)" <<<"$text"; then
        echo "$cli_page: command '$command' of dpia-cli --help is not listed"
        missing=1
    fi
done
exits=$(sed -n '/^EXIT STATUS/,/^FILES/p' <<<"$text")
for code in 0 1 2 3; do
    grep -qE "^ +$code( |$)" <<<"$exits" || { echo "$cli_page: exit code $code is not listed"; missing=1; }
done
[ "$missing" = 0 ]
echo "man pages list:" $commands
