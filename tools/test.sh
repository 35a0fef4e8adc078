#!/usr/bin/env bash
# tools/test.sh: build (installing what is missing) and run every test suite through ctest:
# GoogleTest unit tests, the lit suite (test/lit) and the Go differential suite (test/go).
#   Usage: tools/test.sh [--sanitize=address|thread|undefined]
# With --sanitize the same suites run on a sanitizer build in build-<sanitizer>/.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/build_dir.sh
tools/setup.sh "$@" >/dev/null
# The compiler frees little at exit by design (one process per program): leaks are not bugs.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
