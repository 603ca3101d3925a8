#!/usr/bin/env bash
# The AppStream metainfo is valid offline, names the file type, and agrees with the build:
# its newest release is the project's version (as is the Debian changelog's), its homepage
# the project's address.
# Usage: appstream.sh METAINFO CHANGELOG VERSION HOMEPAGE
set -euo pipefail
. "$(dirname "$0")/require_tool.sh"
require_tool appstreamcli appstream
metainfo=$1 changelog=$2 version=$3 homepage=$4
appstreamcli validate --no-net --explain "$metainfo"
grep -qF '<mediatype>application/x-dpia</mediatype>' "$metainfo" \
    || { echo "$metainfo: no <provides><mediatype>application/x-dpia"; exit 1; }
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || { echo "$metainfo: newest release $newest, the build is $version"; exit 1; }
grep -qF "<url type=\"homepage\">$homepage</url>" "$metainfo" \
    || { echo "$metainfo: homepage is not $homepage"; exit 1; }
top=$(head -1 "$changelog" | sed -n 's/^[^ ]* (\([^)]*\)).*/\1/p')
[ "$top" = "$version" ] || { echo "$changelog: newest entry $top, the build is $version"; exit 1; }
echo "metainfo valid, release $version"
