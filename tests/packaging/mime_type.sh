#!/usr/bin/env bash
# With the package's file type installed into a temporary XDG data dir, `xdg-mime query
# filetype` recognises a document by its name and, renamed, by its content (the SQLite
# header plus the application id at byte 68), and does not take another SQLite file for one.
# Usage: mime_type.sh DPIA_CLI MIME_XML
set -euo pipefail
. "$(dirname "$0")/require_tool.sh"
require_tool xdg-mime xdg-utils
require_tool update-mime-database shared-mime-info
require_tool gio libglib2.0-bin
require_tool sqlite3 sqlite3
cli=$1 mime_xml=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export XDG_DATA_HOME="$work/share" XDG_DATA_DIRS="$work/share:/usr/share"
# xdg-mime asks gio on GNOME; gio reads the shared-mime-info database of the XDG dirs.
export XDG_CURRENT_DESKTOP=GNOME GIO_USE_VFS=local
unset DBUS_SESSION_BUS_ADDRESS
mkdir -p "$XDG_DATA_HOME/mime/packages"
cp "$mime_xml" "$XDG_DATA_HOME/mime/packages/nl.dpiaassistent.DpiaAssistent.xml"
update-mime-database "$XDG_DATA_HOME/mime"

"$cli" new "$work/mijn.dpia" --sample >/dev/null
cp "$work/mijn.dpia" "$work/kopie zonder naam"
sqlite3 "$work/ander" 'CREATE TABLE t(x); PRAGMA application_id = 12345;'

failed=0
expect() {
    local got
    got=$(xdg-mime query filetype "$work/$1")
    if [ "$got" = "$2" ]; then
        echo "ok: '$1' is $got"
    else
        echo "FAIL: '$1' is '$got', expected $2"
        failed=1
    fi
}
expect mijn.dpia application/x-dpia
expect "kopie zonder naam" application/x-dpia
expect ander application/vnd.sqlite3
exit $failed
