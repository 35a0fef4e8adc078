#!/bin/sh
# test/py/regen.sh: regenerates the twin suite's goldens with CPython: for every X.py here
# that has its translation X.csp (or those named), X.out is what /usr/bin/python3 (Debian's 3.11, not a pyenv shim) prints.
# CI never runs this; it only compares (see lit.cfg.py).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
[ -x "$py" ] || { echo "regen.sh: $py is not installed" >&2; exit 1; }
cd "$here"
[ $# -gt 0 ] || set -- *.py
for f in "$@"; do
  base=${f%.py}
  [ -f "$base.csp" ] || continue  # (lit.cfg.py is not a twin)
  "$py" "$base.py" > "$base.out" < /dev/null
  echo "regen.sh: $base.out"
done
