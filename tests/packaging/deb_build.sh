#!/usr/bin/env bash
# Builds the Debian package from the built tree (what `make package` does, without
# rebuilding), into OUT_DIR, for the package tests that follow.
# Usage: deb_build.sh BUILD_DIR OUT_DIR
set -euo pipefail
. "$(dirname "$0")/require_tool.sh"
require_tool dpkg-shlibdeps dpkg-dev
build=$1 out=$2
rm -rf "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out"
ls "$out"/*.deb
