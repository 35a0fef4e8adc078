#!/bin/bash
# test/go_pending/Inputs/check_determinism.sh: runs Go's binary of each program many times
# and checks that its stdout and exit status always equal the golden (X.out, X.exitcode).
#
# usage: check_determinism.sh N X.go...   (N runs under each of GOMAXPROCS unset, 1, 2, 4)
# A tool for writing concurrent differential tests (Inputs/ is not a test directory): a
# program whose output depends on the schedule shows up here, under real Go, before csp runs
# it. Running two copies at once, or next to a CPU hog, shakes out more orderings.
set -u
n=$1; shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
fail=0
for src in "$@"; do
  src=$(cd "$(dirname "$src")" && pwd)/$(basename "$src")
  base=${src%.go}; name=$(basename "$base")
  mkdir -p "$work/$name"; cp "$src" "$work/$name/main.go"
  if ! (cd "$work/$name" && GO111MODULE=off GOFLAGS= go build -o prog main.go); then
    echo "BUILD FAILED $name"; fail=1; continue
  fi
  want=0; [ -f "$base.exitcode" ] && want=$(cat "$base.exitcode")
  stdin=/dev/null; [ -f "$base.in" ] && stdin=$base.in
  bad=0
  for procs in "" 1 2 4; do
    for i in $(seq "$n"); do
      (cd "$(dirname "$src")" && if [ -n "$procs" ]; then export GOMAXPROCS=$procs; else unset GOMAXPROCS; fi
       timeout 120 "$work/$name/prog" <"$stdin" >"$work/$name/out" 2>/dev/null)
      code=$?
      if [ "$code" -ne "$want" ] || ! cmp -s "$work/$name/out" "$base.out"; then
        echo "MISMATCH $name (GOMAXPROCS=${procs:-unset}, run $i, exit $code)"
        diff "$base.out" "$work/$name/out" | head -5
        bad=1; break 2
      fi
    done
  done
  [ $bad = 0 ] && echo "ok    $name" || fail=1
done
exit $fail
