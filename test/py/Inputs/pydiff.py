# test/py/Inputs/pydiff.py: the lit test format of the twin suite (see ../lit.cfg.py).
# (Its own module: lit pickles the format for its workers.)
import difflib
import os
import subprocess

import lit.formats
import lit.Test


class PyTwinTest(lit.formats.base.FileBasedTest):
    """Runs `csp run --procs 1 X.csp` and compares its stdout with X.out (CPython's, for X.py)."""

    def __init__(self, csp):
        self.csp = csp

    def execute(self, test, lit_config):
        src = test.getSourcePath()
        base = os.path.splitext(src)[0]
        if not os.path.exists(base + ".py"):
            return lit.Test.UNRESOLVED, "missing the Python twin %s.py" % base
        if not os.path.exists(base + ".out"):
            return lit.Test.UNRESOLVED, "missing golden %s.out (run regen.sh)" % base
        with open(base + ".out", "rb") as f:
            want = f.read()
        timeout = lit_config.maxIndividualTestTime or None
        try:
            p = subprocess.run([self.csp, "run", "--procs", "1", os.path.basename(src)],
                               cwd=os.path.dirname(src), stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return lit.Test.FAIL, "timed out after %ss" % timeout
        stderr = p.stderr.decode("utf-8", "backslashreplace")
        problems = []
        if p.returncode != 0:
            problems.append("exit status %d, want 0" % p.returncode)
        if p.stdout != want:
            a = want.decode("utf-8", "backslashreplace").splitlines(keepends=True)
            b = p.stdout.decode("utf-8", "backslashreplace").splitlines(keepends=True)
            problems.append("stdout differs from CPython's:\n" +
                            "".join(difflib.unified_diff(a, b, "expected (CPython)", "actual (csp)")))
        if not problems:
            return lit.Test.PASS, ""
        return lit.Test.FAIL, "\n".join(problems) + "\n--- stderr ---\n" + stderr
