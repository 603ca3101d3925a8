#!/usr/bin/env bash
# No network (README: "the program makes no network connections"): every dpia-cli command,
# and dpia-assistant opening the sample, run under `strace -f -e trace=network`; no
# socket, connect, bind or send may name AF_INET or AF_INET6. Local AF_UNIX sockets (the
# D-Bus session bus, the X server) are allowed and listed.
#
#   no_network.sh BUILD_DIR SOURCE_DIR
#
# Exit 0: passed; 1: a network call was seen or a command failed; 77: skipped (no strace,
# or ptrace not permitted here).
set -euo pipefail

build=$1
source=$2
cli=$build/app/dpia-cli
app=$build/app/dpia-assistant

if ! command -v strace >/dev/null; then
    echo "SKIPPED: strace is not installed (apt-get install strace); cannot watch system calls"
    exit 77
fi
if ! strace -f -qq -o /dev/null true 2>/dev/null; then
    echo "SKIPPED: strace cannot trace here (ptrace not permitted in this container)"
    exit 77
fi

work=$(mktemp -d /tmp/dpia-no-network-XXXXXX)
trap 'rm -rf "$work"' EXIT
# Own settings and log folders, so nothing of the user's is read or written.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_CACHE_HOME=$work/cache QT_QPA_PLATFORM=offscreen
# LeakSanitizer cannot run under ptrace; in the sanitizer build the leak check is the
# other tests' business.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
mkdir -p "$HOME"
cd "$work"

failures=0
traced=0
inet_pattern='AF_INET6?\b|PF_INET6?\b'

# trace LABEL COMMAND...: runs COMMAND under strace; it must exit 0 and make no inet call.
trace() {
    local label=$1
    shift
    traced=$((traced + 1))
    local log=$work/trace.$traced
    if ! strace -f -qq -e trace=network -o "$log" "$@" >"$work/out" 2>&1; then
        echo "FAIL $label: exited non-zero"
        sed 's/^/    /' "$work/out"
        failures=$((failures + 1))
        return
    fi
    if grep -Eq "$inet_pattern" "$log"; then
        echo "FAIL $label: network system calls"
        grep -E "$inet_pattern" "$log" | sed 's/^/    /'
        failures=$((failures + 1))
        return
    fi
    local local_sockets
    local_sockets=$(grep -c 'socket(AF_UNIX' "$log" || true)
    echo "ok   $label (${local_sockets} local AF_UNIX sockets)"
}

# The check itself must be able to fail: a program that does connect over TCP (to a
# closed local port, so nothing leaves this machine) must be caught.
strace -f -qq -e trace=network -o "$work/control" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' \
    >/dev/null 2>&1 || true
if ! grep -Eq "$inet_pattern" "$work/control"; then
    echo "FAIL control: strace did not see a TCP connect; this test would prove nothing"
    exit 1
fi

trace "--version" "$cli" --version
trace "baseline info" "$cli" baseline info
trace "baseline info --json" "$cli" baseline info --json
trace "baseline validate" "$cli" baseline validate "$source/resources/baseline"
trace "baseline list" "$cli" baseline list risks --json
trace "baseline show" "$cli" baseline show r-us-jurisdiction
trace "new" "$cli" new leeg.dpia --title "Leeg"
trace "new --sample" "$cli" new voorbeeld.dpia --sample
trace "answer" "$cli" answer voorbeeld.dpia m365_mfa '"all-users"'
trace "safeguard" "$cli" safeguard voorbeeld.dpia sg-customer-lockbox implemented \
    --evidence "Beleid 12-10-2026"
trace "show" "$cli" show voorbeeld.dpia
trace "show --json" "$cli" show voorbeeld.dpia --json
trace "check" "$cli" check voorbeeld.dpia
trace "score" "$cli" score voorbeeld.dpia --json
trace "export" "$cli" export voorbeeld.dpia voorbeeld.json
trace "import" "$cli" import voorbeeld.json kopie.dpia
trace "report" "$cli" report voorbeeld.dpia -o voorbeeld.pdf --lang en
cp "$source/tests/data/assessment-v1.dpia" oud.dpia
# (--dry-run takes no NEW.dpia, unlike the usage line in docs/CLI.md says.)
trace "upgrade --dry-run" "$cli" upgrade oud.dpia --dry-run
trace "upgrade" "$cli" upgrade oud.dpia nieuw.dpia
trace "dpia-assistant opening the sample" timeout 60 "$app" --quit-after-show voorbeeld.dpia

echo "$traced programs traced, $failures failed"
[ "$failures" -eq 0 ]
