#!/usr/bin/env bash
# lintian finds no errors in the package; its warnings are printed (docs/QUALITY.md, "The
# Debian package", says which are left and why).
# Usage: lintian.sh DEB
set -euo pipefail
. "$(dirname "$0")/require_tool.sh"
require_tool lintian lintian
deb=$1
[ -f "$deb" ] || { echo "no package at $deb"; exit 1; }
# --allow-root: CI runs as root; lintian only reads the package.
lintian --allow-root --fail-on error --info --display-level ">=warning" "$deb"
echo "lintian: no errors"
