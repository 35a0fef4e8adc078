# test/go/Inputs/godiff.py: the lit test format of the differential suite (see ../lit.cfg.py).
#
# Lives in its own module, not in lit.cfg.py, because lit pickles the format to send it to
# its worker processes, and classes defined inside a config file cannot be pickled.
import difflib
import os
import subprocess

import lit.formats
import lit.Test


class GoDiffTest(lit.formats.base.FileBasedTest):
    """Runs `csp run X.go` and compares stdout and exit status with X.out / X.exitcode.

    The program's stdin is X.in when that file exists, else /dev/null."""

    def __init__(self, csp):
        self.csp = csp

    @staticmethod
    def _read(path, default=None):
        if not os.path.exists(path):
            return default
        with open(path, "rb") as f:
            return f.read()

    def _expected(self, src):
        base = os.path.splitext(src)[0]
        out = self._read(base + ".out")
        code = self._read(base + ".exitcode", b"0").strip() or b"0"
        return out, int(code)

    def _run(self, src, timeout):
        cmd = [self.csp, "run", os.path.basename(src)]
        stdin_path = os.path.splitext(src)[0] + ".in"
        try:
            with open(stdin_path if os.path.exists(stdin_path) else os.devnull, "rb") as stdin:
                p = subprocess.run(cmd, cwd=os.path.dirname(src), stdin=stdin,
                                   capture_output=True, timeout=timeout or None)
        except subprocess.TimeoutExpired as e:
            return None, None, e.stderr or b"", "timed out after %ss" % timeout
        except OSError as e:
            return None, None, b"", "cannot run %s: %s" % (e.filename or self.csp, e.strerror)
        return p.stdout, p.returncode, p.stderr, None

    @staticmethod
    def _diff(want, got):
        a = want.decode("utf-8", "backslashreplace").splitlines(keepends=True)
        b = got.decode("utf-8", "backslashreplace").splitlines(keepends=True)
        return "".join(difflib.unified_diff(a, b, "expected (Go)", "actual (csp)"))

    def execute(self, test, lit_config):
        src = test.getSourcePath()
        want_out, want_code = self._expected(src)
        if want_out is None:
            return lit.Test.UNRESOLVED, "missing golden %s.out (run regen.sh)" % os.path.splitext(src)[0]
        out, code, err, failure = self._run(src, lit_config.maxIndividualTestTime)
        stderr = err.decode("utf-8", "backslashreplace")
        if failure:
            return lit.Test.FAIL, failure + "\n--- stderr ---\n" + stderr
        problems = []
        if code is not None and code < 0:
            problems.append("csp died from signal %d" % -code)
        elif code != want_code:
            problems.append("exit status %d, want %d" % (code, want_code))
        if out != want_out:
            problems.append("stdout differs from Go's:\n" + self._diff(want_out, out))
            if out.rstrip(b"\n") == want_out.rstrip(b"\n"):
                problems.append("(only trailing newlines differ)")
        if not problems:
            return lit.Test.PASS, ""
        return lit.Test.FAIL, "\n".join(problems) + "\n--- stderr ---\n" + stderr
