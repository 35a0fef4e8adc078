#!/bin/sh
# test/go/regen.sh: regenerates the goldens of the differential suite with real Go.
#
# For every X.go in this directory (or only the files named on the command line), builds it
# with `go build` and runs the binary (not `go run`, which replaces the program's exit status
# by its own), writing stdout to X.out and a non-zero exit status to X.exitcode. The program's
# stdin is X.in when that file exists, else /dev/null (as in the suite, see lit.cfg.py).
# Files marked `// csp-only` or `// golden: hand-written` are skipped: their goldens are
# written by hand. CI never runs this; it only compares (see lit.cfg.py).
#
# Named files may be in subdirectories, such as pending/ (programs the suite skips until csp
# passes them): `regen.sh pending/foo.go` writes pending/foo.out next to it, and a directory
# argument stands for all its *.go (`regen.sh pending`). Without arguments only this
# directory's own *.go are regenerated, not pending/'s. Names are taken relative to this
# directory, or to the current directory if no such file is here.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null || { echo "regen.sh: go is not installed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ $# -eq 0 ]; then
  cd "$here"
  set -- *.go
fi
# Resolve every argument to an absolute path; a directory stands for its *.go.
for arg in "$@"; do
  shift
  case $arg in
    /*) ;;
    *) [ -e "$here/$arg" ] && arg="$here/$arg" || arg="$(pwd)/$arg" ;;
  esac
  if [ -d "$arg" ]; then
    for f in "$arg"/*.go; do
      [ -f "$f" ] && set -- "$@" "$f"
    done
  else
    set -- "$@" "$arg"
  fi
done
n=0
for src in "$@"; do
  [ -f "$src" ] || { echo "regen.sh: no such file: $src" >&2; exit 1; }
  base=${src%.go}
  name=${base#"$here/"}
  if grep -q -e '^// csp-only' -e '^// golden: hand-written' "$src"; then
    echo "skip  $name.go (hand-written golden)"
    continue
  fi
  n=$((n + 1))
  mkdir -p "$tmp/$n"
  cp "$src" "$tmp/$n/main.go"
  (cd "$tmp/$n" && GO111MODULE=off GOFLAGS= go build -o prog main.go)
  stdin=/dev/null
  [ ! -f "$base.in" ] || stdin="$base.in"
  set +e
  (cd "$(dirname "$src")" && "$tmp/$n/prog" <"$stdin" >"$base.out" 2>"$tmp/$n/stderr")
  code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    echo "$code" >"$base.exitcode"
  else
    rm -f "$base.exitcode"
  fi
  echo "ok    $name.go (exit $code)"
done
