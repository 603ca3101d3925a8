#!/usr/bin/env bash
# Soak run of the storage safety tests, far beyond what ctest does on every build:
# the crash test with 1,000 SIGKILLs and the power-loss test with 10,000 simulated power
# cuts (docs/QUALITY.md). Takes minutes; run it before a release and after any change to
# core/storage or to the connection settings.
#
#   tests/soak/soak.sh [BUILD_DIR]        (default: build; `make soak` builds first)
#
# SOAK_KILLS (default 1000) and SOAK_CUTS (default 10000, spread over the four power-loss
# tests) change the amounts; DPIA_POWERLOSS_SEED repeats a power-loss run that failed (its
# seed is printed).
set -euo pipefail

build=${1:-build}
kills=${SOAK_KILLS:-1000}
cuts=${SOAK_CUTS:-10000}
storage=$build/tests/core/storage
for program in dpia_storage_crash_tests dpia_storage_powerloss_tests; do
    if [ ! -x "$storage/$program" ]; then
        echo "missing $storage/$program: build first (make build)" >&2
        exit 1
    fi
done

log=$(mktemp -d /tmp/dpia-soak-XXXXXX)
echo "== crash test: $kills kills (logs in $log)"
DPIA_CRASH_KILLS=$kills "$storage/dpia_storage_crash_tests" >"$log/crash.log" 2>&1 &
crash=$!

# The four power-loss tests, two at a time next to the crash test's writer.
per_test=$(((cuts + 3) / 4))
echo "== power-loss test: $((per_test * 4)) cuts"
DPIA_POWERLOSS_CUTS=$per_test "$storage/dpia_storage_powerloss_tests" \
    --gtest_filter='PowerLoss.*1:PowerLoss.*3' >"$log/powerloss-a.log" 2>&1 &
first=$!
DPIA_POWERLOSS_CUTS=$per_test "$storage/dpia_storage_powerloss_tests" \
    --gtest_filter='PowerLoss.*2:PowerLoss.*4' >"$log/powerloss-b.log" 2>&1 &
second=$!

status=0
for job in "$crash:crash" "$first:powerloss-a" "$second:powerloss-b"; do
    if wait "${job%%:*}"; then
        echo "ok   ${job#*:}"
    else
        echo "FAIL ${job#*:} (see $log/${job#*:}.log)"
        status=1
    fi
done
grep -h '\[ measure' "$log"/*.log || true
grep -h 'DPIA_POWERLOSS_SEED' "$log"/*.log | sort -u || true
[ "$status" -eq 0 ] && rm -rf "$log"
exit "$status"
