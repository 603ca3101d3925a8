#!/usr/bin/env bash
# The menu entry is valid (desktop-file-validate, warnings included) and opens documents.
# Usage: desktop_entry.sh DESKTOP_FILE
set -euo pipefail
. "$(dirname "$0")/require_tool.sh"
require_tool desktop-file-validate desktop-file-utils
entry=$1
out=$(desktop-file-validate "$entry" 2>&1) || { echo "$out"; exit 1; }
if [ -n "$out" ]; then echo "$out"; exit 1; fi
for line in 'Exec=dpia-assistant %f' 'Categories=Office;' 'MimeType=application/x-dpia;' \
            'Name[nl]=' 'Comment[nl]='; do
    grep -qF "$line" "$entry" || { echo "$entry: no line with '$line'"; exit 1; }
done
echo "desktop entry valid"
