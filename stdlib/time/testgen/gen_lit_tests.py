#!/usr/bin/env python3
# gen_lit_tests.py: writes the lit tests of package time (test/lit/stdlib/time/*.csp), one
# behaviour per file, with the output real Go prints as their CHECK lines: each program is
# run with `go run` here, in the environment its RUN line gives it.
#
# Run from the repository root (needs go): /usr/bin/python3 stdlib/time/testgen/gen_lit_tests.py
# The test list is stdlib/time/testgen/lit_tests.py. Every test runs with an explicit $TZ
# (TZ=UTC unless it says otherwise), so that what Local is does not depend on the machine.
# A test of what Go 1.19 (the oracle) lacks gives its expected output by hand ("want").
import os
import re
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lit_tests import TESTS  # noqa: E402

PKGS = [("time.", "time"), ("fmt.", "fmt"), ("strings.", "strings"), ("errors.", "errors"),
        ("os.", "os")]


def program(body):
    imports = sorted(path for prefix, path in PKGS if re.search(r"(?<![\w.])" + re.escape(prefix), body))
    if len(imports) == 1:
        imp = 'import "%s"\n' % imports[0]
    else:
        imp = "import (\n" + "".join('\t"%s"\n' % p for p in imports) + ")\n"
    body = "\n".join(("\t" + l if l.strip() else "") for l in body.strip("\n").split("\n"))
    return imp, body


def render(t):
    imp, _ = program(t["body"] + t.get("decls", ""))
    _, body = program(t["body"])
    decls = t.get("decls", "").strip("\n")
    src = "package main\n\n" + imp + "\n"
    if decls:
        src += decls + "\n\n"
    src += "func main() {\n" + body + "\n}\n"
    return src


def escape(line):
    # FileCheck pattern syntax: {{ and [[ start regexes and variables.
    return line.replace("{{", "{{\\{\\{}}").replace("[[", "{{\\[\\[}}")


def go_env(spec):
    env = dict(os.environ)
    env.pop("TZ", None)
    args = shlex.split(spec)
    i = 0
    while i < len(args):
        if args[i] == "-u":
            env.pop(args[i + 1], None)
            i += 2
            continue
        k, v = args[i].split("=", 1)
        env[k] = v
        i += 1
    return env


def run_go(src, env):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "main.go")
        with open(p, "w") as f:
            f.write(src)
        r = subprocess.run(["go", "run", p], capture_output=True, text=True, cwd=d, env=env)
        return r.returncode, r.stdout, r.stderr


def main():
    root = "test/lit/stdlib"
    seen = set()
    for t in TESTS:
        pkg, name = t["name"].split("/", 1)
        assert t["name"] not in seen, t["name"]
        seen.add(t["name"])
        src = render(t)
        envspec = t.get("env", "TZ=UTC")
        panics = t.get("panic")
        if "want" in t:
            out = t["want"]
            origin = "\n// Expected output by hand: Go 1.19 (the oracle) has no %s." % t["since"]
        else:
            rc, out, err = run_go(src, go_env(envspec))
            if panics:
                if rc == 0 or ("panic: " + panics) not in err:
                    sys.exit("%s: expected panic %r, got rc=%d\n%s" % (t["name"], panics, rc, err))
            elif rc != 0:
                sys.exit("%s: go run failed:\n%s" % (t["name"], err))
            origin = ""
        lines = ["// " + l for l in t["doc"].strip().split("\n")]
        if origin:
            lines += origin.strip("\n").split("\n")
        run = "env %s %%csp run %%s" % envspec
        if panics:
            lines.append("// RUN: %%expect-exit 2 %s > %%t.out 2> %%t.err" % run)
            lines.append("// RUN: FileCheck --strict-whitespace --check-prefix=OUT --allow-empty %s < %t.out")
            lines.append("// RUN: FileCheck --check-prefix=ERR %s < %t.err")
            first = True
            for l in out.split("\n")[:-1] if out else []:
                lines.append("// OUT%s: {{^}}%s{{$}}" % ("" if first else "-NEXT", escape(l)))
                first = False
            if not out:
                lines.append("// OUT-NOT: {{.}}")
            lines.append("// ERR: {{^}}panic: %s{{$}}" % escape(panics))
            lines.append("// ERR: goroutine 1 [running]:")
        else:
            lines.append("// RUN: %s | FileCheck --strict-whitespace %%s" % run)
            assert out.endswith("\n"), t["name"]
            outl = out.split("\n")[:-1]
            for i, l in enumerate(outl):
                if l == "":
                    lines.append("// CHECK%s: {{^$}}" % ("" if i == 0 else "-NEXT"))
                else:
                    lines.append("// CHECK%s: {{^}}%s{{$}}" % ("" if i == 0 else "-NEXT", escape(l)))
            lines.append("// CHECK-NOT: {{.}}")
        text = "\n".join(lines) + "\n\n" + src
        path = os.path.join(root, pkg, name + ".csp")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    print("wrote %d tests" % len(TESTS))


if __name__ == "__main__":
    main()
