#!/usr/bin/env bash
# As root on a disposable machine (CI): installs the package with apt (dpkg -i plus its
# dependencies), runs the installed programs from PATH, checks that the file type is
# registered, removes the package, and checks that nothing of it is left: none of its
# files, and no new file that no other package owns (apart from the caches that the
# triggers of shared-mime-info, desktop-file-utils, hicolor-icon-theme and man-db rewrite).
# Usage: install_remove.sh DEB
set -euo pipefail
deb=$(realpath "$1")
[ "$(id -u)" = 0 ] || { echo "SKIPPED: install_remove.sh must run as root (CI)"; exit 77; }
if dpkg-query -W -f='${Status}' dpia-assistent 2>/dev/null | grep -q installed; then
    echo "dpia-assistent is already installed; this check needs a machine without it"
    exit 1
fi
caches='^/usr/share/mime/|/mimeinfo\.cache$|/icon-theme\.cache$|^/var/cache/man/'
snapshot() { find /usr /etc /opt -xdev 2>/dev/null | grep -Ev "$caches" | sort; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^$' >"$work/files"
snapshot >"$work/before"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpia-cli --version
dpia-assistant --version
grep -qx 'application/x-dpia' /usr/share/mime/types \
    || { echo "application/x-dpia is not in the installed MIME database"; exit 1; }
grep -q 'application/x-dpia=nl.dpiaassistent.DpiaAssistent.desktop' \
    /usr/share/applications/mimeinfo.cache \
    || { echo "the menu entry is not registered for application/x-dpia"; exit 1; }

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge dpia-assistent >/dev/null
snapshot >"$work/after"
left=0
while read -r path; do
    # Folders the package shares with others (/usr/bin, /usr/share/...) stay.
    if [ -e "$path" ] && [ ! -d "$path" ]; then echo "left behind: $path"; left=1; fi
done <"$work/files"
# New since before the install: fine when a dependency that apt brought owns it.
comm -13 "$work/before" "$work/after" >"$work/new"
while read -r path; do
    dpkg -S "$path" >/dev/null 2>&1 || { echo "left behind (no package owns it): $path"; left=1; }
done <"$work/new"
[ "$left" = 0 ] || exit 1
echo "installed, ran and removed: nothing left behind"
