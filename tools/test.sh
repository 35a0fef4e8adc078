#!/usr/bin/env bash
# tools/test.sh: build (installing what is missing) and run every test suite through ctest:
# GoogleTest unit tests, the lit suite (test/lit) and the Go differential suite (test/go).
#   Usage: tools/test.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tools/setup.sh "$build" >/dev/null
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
