#!/usr/bin/env bash
# tools/stackcheck.sh: lit with CSP_STACKCHECK on (runtime/sched/stack.h): every goroutine's
# small first segment is painted when handed out and checked when it comes back; a runtime
# path that came within 64 bytes of a segment's bottom is a fatal error, so the test running
# it fails. At the end, the deepest use any program made below the stack guard, against the
# reserve (runtime/sched/stack_abi.h).
#   Usage: tools/stackcheck.sh [LIT_ARGS...]
#   Default: -q --timeout=120 --param csp=build/bin/csp test/lit test/go
# ctest's `lit` test runs the suites through it on builds without a sanitizer (those have no
# small segments). Do not run two of these (or this and ctest) at once in one checkout: the
# Go suite keeps its temporary files in the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  set -- -q --timeout=120 --param csp=build/bin/csp --param filecheck=/usr/lib/llvm-19/bin/FileCheck \
    test/lit test/go
fi
log=$(mktemp /tmp/csp-stackcheck.XXXXXX)
trap 'rm -f "$log"' EXIT
status=0
CSP_STACKCHECK=$log /usr/bin/python3 /usr/lib/llvm-19/build/utils/lit/lit.py "$@" || status=$?
# "csp: stackcheck: N small segments, deepest use U of S bytes, B bytes below the guard (reserve R)"
awk '/small segments/ { n++; if ($12 + 0 > max) max = $12 + 0; r = $NF; sub(/\)/, "", r) }
     END { printf "stackcheck: %d programs reported; deepest below the guard: %d of %s bytes\n", n, max, r }' "$log"
exit $status
