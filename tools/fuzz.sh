#!/usr/bin/env bash
# tools/fuzz.sh: fuzz the whole compiler (parse, type-check, codegen, LLVM verifier) with
# libFuzzer on the AddressSanitizer build, for a given number of seconds (default 60).
#   Usage: tools/fuzz.sh [seconds] [extra libFuzzer flags...]
# Seeds: every csp and Go program in test/ and examples/. New interesting inputs go to
# build-address/fuzz/corpus (kept between runs); a crash, sanitizer report, `BUG:` abort or
# hang (over 20 s on one input) stops the run with its input in build-address/fuzz/ and a
# non-zero exit. Reproduce one with: build-address/bin/csp_fuzz <file>.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
case "$seconds" in
  ''|*[!0-9]*) echo "usage: tools/fuzz.sh [seconds] [libFuzzer flags...]" >&2; exit 2 ;;
esac
build=build-address
tools/setup.sh --sanitize=address >/dev/null
out=$build/fuzz
mkdir -p "$out/corpus" "$out/seeds"
# libFuzzer reads seed directories recursively; give it only programs, not lit configs.
rm -rf "$out/seeds"/*
find test examples -type f \( -name '*.csp' -o -name '*.go' \) -size -16k | while read -r f; do
  cp "$f" "$out/seeds/$(echo "$f" | tr / _)"
done
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec "$build/bin/csp_fuzz" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=6144 \
  -max_len=16384 -print_final_stats=1 -artifact_prefix="$out/" "$@" "$out/corpus" "$out/seeds"
