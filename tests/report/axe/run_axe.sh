#!/usr/bin/env bash
# ctest report.axe: the sample's HTML report (nl and en), written by dpia-cli, checked by
# axe-core (WCAG 2.1 A + AA) in Debian's headless Chromium. The npm packages are pinned in
# package.json + package-lock.json here and installed with `npm ci` into WORK (the build
# folder), once per lock file. Exit 77 (ctest: skipped) when Chromium, Node.js or npm is
# missing; `make deps-a11y` installs them.
# Usage: run_axe.sh DPIA_CLI SOURCE_DIR WORK
set -euo pipefail
cli=$1 source=$2 work=$3

chromium=$(command -v chromium || command -v chromium-browser || true)
for need in node npm; do
    if ! command -v "$need" >/dev/null; then
        echo "SKIPPED: $need is not installed (make deps-a11y installs it)"
        exit 77
    fi
done
if [ -z "$chromium" ]; then
    echo "SKIPPED: Chromium is not installed (make deps-a11y: apt-get install chromium)"
    exit 77
fi

mkdir -p "$work"
if ! cmp -s "$source/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules" ]; then
    cp "$source/package.json" "$source/package-lock.json" "$work/"
    (cd "$work" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error) || {
        rm -f "$work/package-lock.json"
        echo "FAILED: npm ci of tests/report/axe could not install axe-core and playwright-core"
        exit 1
    }
fi
cp "$source/axe_check.mjs" "$work/"

pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
"$cli" new "$pages/voorbeeld.dpia" --sample >/dev/null
"$cli" --lang nl report "$pages/voorbeeld.dpia" -o "$pages/rapport-nl.html" >/dev/null
"$cli" --lang en report "$pages/voorbeeld.dpia" -o "$pages/rapport-en.html" >/dev/null
CHROMIUM=$chromium node "$work/axe_check.mjs" "$pages/rapport-nl.html" "$pages/rapport-en.html"
