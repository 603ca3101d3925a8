#!/bin/sh
# Makes the PNG sizes of the application icon from its SVG (rsvg-convert, Debian package
# librsvg2-bin). The PNGs are committed, so a build needs no SVG renderer; run this after
# changing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" \
        --output "nl.dpiaassistent.DpiaAssistent-$size.png" nl.dpiaassistent.DpiaAssistent.svg
done
