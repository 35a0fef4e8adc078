#!/usr/bin/python3
# test/lit/stdlib/Inputs/gen_checks.py: writes the CHECK lines of stdlib lit tests from what
# real Go prints (run by hand; needs `go`; CI only compares).
#
#   gen_checks.py test/lit/stdlib/bufio/scanner_lines.csp ...
#
# For each test, the program (the whole file: it is Go) is built with `go build`, then the
# test's RUN lines run in sh with `%csp run %s` replaced by that binary and each
# `FileCheck [--check-prefix=P] ... %s` replaced by a capture of its input. The file's old
# P:/P-NEXT:/P-EMPTY:/P-NOT: lines are replaced by new ones: P: for the first line of the
# capture, P-NEXT: / P-EMPTY: for the others, and a final `P-NOT: {{.}}` (nothing after).
# Use `FileCheck --match-full-lines %s` in RUN lines so every line is matched whole.
# Supported substitutions: %s %S %t %% %python %csp; `%expect-exit N` and `not` are dropped
# (the exit status is for lit to check).
import os
import re
import shutil
import subprocess
import sys
import tempfile


def fc_escape(line):
    # FileCheck's regex and variable syntax; match them literally.
    return line.replace("{{", "{{[{][{]}}").replace("[[", "{{[[][[]}}")


def checks_for(prefix, text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = []
    for i, line in enumerate(lines):
        if i == 0:
            out.append("// %s: %s" % (prefix, fc_escape(line)) if line.strip() else "// %s: {{^$}}" % prefix)
        elif line.strip() == "":
            out.append("// %s-EMPTY:" % prefix)
        else:
            out.append("// %s-NEXT: %s" % (prefix, fc_escape(line)))
    out.append("// %s-NOT: {{.}}" % prefix)
    return out


# Tests whose CHECK lines are written by hand (a panic's traceback, a temporary name) say so.
HAND = "// checks: hand-written"


def run_lines(src):
    runs = []
    for line in src.split("\n"):
        m = re.match(r"^// RUN: (.*)$", line)
        if m:
            runs.append(m.group(1))
    return runs


def generate(path):
    path = os.path.abspath(path)
    src = open(path).read()
    if HAND in src:
        print("skip", os.path.relpath(path), "(hand-written checks)")
        return
    tmp = tempfile.mkdtemp(prefix="gen-checks-")
    try:
        shutil.copy(path, os.path.join(tmp, "main.go"))
        subprocess.check_call(["go", "build", "-o", "prog", "main.go"], cwd=tmp,
                              env=dict(os.environ, GO111MODULE="off", GOFLAGS=""))
        prog = os.path.join(tmp, "prog")
        prefixes = []
        script = []
        for run in run_lines(src):
            cmd = run.replace("%%", "\0").replace("%csp run %s", prog)

            def fc(m):
                pm = re.search(r"--check-prefix[= ](\w+)", m.group(0))
                p = pm.group(1) if pm else "CHECK"
                prefixes.append(p)
                return "cat > %s/capture.%s" % (tmp, p)
            cmd = re.sub(r"FileCheck(\s+--?[\w-]+(=\S+)?)*\s+%s", fc, cmd)
            cmd = re.sub(r"%expect-exit\s+\d+\s+", "", cmd)
            cmd = re.sub(r"(^|\|\s*)not\s+", r"\1", cmd)
            cmd = cmd.replace("%python", sys.executable).replace("%S", os.path.dirname(path))
            cmd = cmd.replace("%t", os.path.join(tmp, "t")).replace("%s", path).replace("\0", "%")
            script.append(cmd)
        subprocess.call(["sh", "-c", "\n".join(script)], cwd=tmp)
        lines = src.split("\n")
        for p in prefixes:
            text = open(os.path.join(tmp, "capture." + p), errors="surrogateescape").read()
            new = checks_for(p, text)
            pat = re.compile(r"^// %s(-NEXT|-EMPTY|-NOT)?:" % re.escape(p))
            idx = [i for i, l in enumerate(lines) if pat.match(l)]
            if idx:
                at = idx[0]
                lines = [l for i, l in enumerate(lines) if i not in set(idx)]
            else:
                at = max(i for i, l in enumerate(lines) if l.startswith("// RUN:")) + 1
            lines[at:at] = new
        open(path, "w").write("\n".join(lines))
        print("ok", os.path.relpath(path))
    finally:
        shutil.rmtree(tmp, True)


failed = 0
for f in sys.argv[1:]:
    try:
        generate(f)
    except subprocess.CalledProcessError:
        print("FAILED", f)
        failed += 1
sys.exit(1 if failed else 0)
