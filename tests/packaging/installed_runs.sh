#!/usr/bin/env bash
# The package, extracted into a temporary root, runs from there: `dpia-cli --version`,
# `new --sample` and `report` in Dutch and English, and the window offscreen. This proves
# the installed layout finds its translations, baseline and sample (all compiled in), and
# that the package holds the files of a desktop program in their standard places.
# Usage: installed_runs.sh DEB VERSION
set -euo pipefail
. "$(dirname "$0")/require_tool.sh"
require_tool dpkg-deb dpkg
require_tool pdftotext poppler-utils
deb=$1 version=$2
[ -f "$deb" ] || { echo "no package at $deb"; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
# Nothing of the build or the source tree may be what makes it work.
cd "$root"
export HOME="$root/home" XDG_RUNTIME_DIR="$root/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

for file in usr/bin/dpia-assistant usr/bin/dpia-cli \
            usr/share/man/man1/dpia-cli.1.gz usr/share/man/man1/dpia-assistant.1.gz \
            usr/share/doc/dpia-assistent/copyright usr/share/doc/dpia-assistent/changelog.gz \
            usr/share/applications/nl.dpiaassistent.DpiaAssistent.desktop \
            usr/share/mime/packages/nl.dpiaassistent.DpiaAssistent.xml \
            usr/share/metainfo/nl.dpiaassistent.DpiaAssistent.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/nl.dpiaassistent.DpiaAssistent.svg \
            usr/share/icons/hicolor/48x48/apps/nl.dpiaassistent.DpiaAssistent.png; do
    [ -f "$file" ] || { echo "the package has no /$file"; exit 1; }
done
if [ -e usr/local ]; then echo "the package installs into /usr/local"; exit 1; fi

cli="$root/usr/bin/dpia-cli"
got=$("$cli" --version)
[ "$got" = "dpia-cli $version" ] || { echo "installed dpia-cli --version: '$got'"; exit 1; }
"$cli" new "$HOME/voorbeeld.dpia" --sample
"$cli" report "$HOME/voorbeeld.dpia" -o "$HOME/nl.pdf" --lang nl
"$cli" report "$HOME/voorbeeld.dpia" -o "$HOME/en.pdf" --lang en
# The translations: each report in its own language. (Whole texts, not a pipe into
# grep -q: with pipefail, pdftotext's broken pipe would fail the test.)
dutch=$(pdftotext "$HOME/nl.pdf" -) english=$(pdftotext "$HOME/en.pdf" -)
grep -q "Risicoregister" <<<"$dutch" || { echo "the Dutch report has no 'Risicoregister'"; exit 1; }
grep -q "Risk register" <<<"$english" || { echo "the English report has no 'Risk register'"; exit 1; }
grep -q "Risicoregister" <<<"$english" && { echo "the English report is in Dutch"; exit 1; }
"$root/usr/bin/dpia-assistant" --quit-after-show "$HOME/voorbeeld.dpia"
echo "the extracted package runs: dpia-cli $version, sample, reports nl and en, window"
