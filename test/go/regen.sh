#!/bin/sh
# test/go/regen.sh: regenerates the goldens of the differential suite with real Go.
#
# For every X.go in this directory (or only the files named on the command line), builds it
# with `go build` and runs the binary (not `go run`, which replaces the program's exit status
# by its own), writing stdout to X.out and a non-zero exit status to X.exitcode. Files marked
# `// csp-only` or `// golden: hand-written` are skipped: their goldens are written by hand.
# CI never runs this; it only compares (see lit.cfg.py).
set -eu
cd "$(dirname "$0")"
command -v go >/dev/null || { echo "regen.sh: go is not installed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
[ $# -gt 0 ] || set -- *.go
for src in "$@"; do
  base=${src%.go}
  if grep -q -e '^// csp-only' -e '^// golden: hand-written' "$src"; then
    echo "skip  $src (hand-written golden)"
    continue
  fi
  mkdir -p "$tmp/$base"
  cp "$src" "$tmp/$base/main.go"
  (cd "$tmp/$base" && GO111MODULE=off GOFLAGS= go build -o prog main.go)
  set +e
  "$tmp/$base/prog" </dev/null >"$base.out" 2>"$tmp/$base/stderr"
  code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    echo "$code" >"$base.exitcode"
  else
    rm -f "$base.exitcode"
  fi
  echo "ok    $src (exit $code)"
done
