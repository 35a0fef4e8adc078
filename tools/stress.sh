#!/usr/bin/env bash
# tools/stress.sh: the goroutine runtime's stress tests alone: the stress programs
# (test/stress, ctest's *_stress) and the SchedStress unit tests (scheduler, channels,
# select, semaphores, notify lists, timers and collections driven from C++;
# test/unit/sched_stress_test.cpp), after building (and installing what is missing).
#   Usage: tools/stress.sh [--sanitize=address|thread|undefined]
# --sanitize=thread runs them under ThreadSanitizer (build-thread/, clang): the runtime's
# races are reported against test/tsan.supp, which lists false positives only.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/build_dir.sh
tools/setup.sh "$@" >/dev/null
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" -R '_stress$|^SchedStress\.'
