# Sourced by the packaging tests: `require_tool TOOL PACKAGE` skips the test (exit 77,
# ctest's SKIP_RETURN_CODE) with a clear message when TOOL is not installed.
require_tool() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "SKIPPED: $1 is not installed (Debian package $2; 'make deps' installs it)"
        exit 77
    fi
}
