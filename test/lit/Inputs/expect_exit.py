#!/usr/bin/env python3
# test/lit/Inputs/expect_exit.py: `expect_exit.py N cmd args...` runs cmd with inherited
# stdin/stdout/stderr and succeeds iff it exits with status N. Death by a signal always fails
# (so a crashing compiler never passes an "exit status 1" test). lit's internal shell has no
# `$?`, hence this helper (substitution %expect-exit).
import subprocess
import sys

if len(sys.argv) < 3:
    sys.exit("usage: expect_exit.py N cmd [args...]")
want = int(sys.argv[1])
try:
    rc = subprocess.call(sys.argv[2:])
except OSError as e:
    sys.exit("expect_exit: %s: %s" % (sys.argv[2], e.strerror))
if rc < 0:
    sys.exit("expect_exit: %s died from signal %d (want exit status %d)" % (sys.argv[2], -rc, want))
if rc != want:
    sys.exit("expect_exit: %s exited with status %d (want %d)" % (sys.argv[2], rc, want))
