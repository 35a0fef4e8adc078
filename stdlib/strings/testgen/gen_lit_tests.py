#!/usr/bin/env python3
# gen_lit_tests.py: writes the lit tests of packages strings, unicode and unicode/utf8
# (test/lit/stdlib/{strings,unicode,utf8}/*.csp), one behaviour per file, with the output
# real Go prints as their CHECK lines: each program is run with `go run` here.
#
# Run from the repository root (needs go): /usr/bin/python3 stdlib/strings/testgen/gen_lit_tests.py
# The test list is stdlib/strings/testgen/lit_tests.py. A test whose functions Go 1.19 (the
# oracle) lacks gives its expected output by hand ("want"); so does nothing else.
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lit_tests import TESTS  # noqa: E402

PKGS = [("strings.", "strings"), ("unicode.", "unicode"), ("utf8.", "unicode/utf8"), ("fmt.", "fmt"),
        ("io.", "io"), ("os.", "os"), ("errors.", "errors")]


def program(body):
    imports = sorted(path for prefix, path in PKGS if re.search(r"(?<![\w.])" + re.escape(prefix), body))
    if len(imports) == 1:
        imp = 'import "%s"\n' % imports[0]
    else:
        imp = "import (\n" + "".join('\t"%s"\n' % p for p in imports) + ")\n"
    body = "\n".join(("\t" + l if l.strip() else "") for l in body.strip("\n").split("\n"))
    return imp, body


def render(t):
    imp, body = program(t["body"] + t.get("decls", ""))
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


def run_go(src):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "main.go")
        with open(p, "w") as f:
            f.write(src)
        r = subprocess.run(["go", "run", p], capture_output=True, text=True, cwd=d)
        return r.returncode, r.stdout, r.stderr


def main():
    root = "test/lit/stdlib"
    seen = set()
    for t in TESTS:
        pkg, name = t["name"].split("/")
        assert t["name"] not in seen, t["name"]
        seen.add(t["name"])
        src = render(t)
        panics = t.get("panic")
        if "want" in t:
            out = t["want"]
            origin = "\n// Expected output by hand: Go 1.19 (the oracle) has no %s." % t["since"]
        else:
            rc, out, err = run_go(src)
            if panics:
                if rc == 0 or ("panic: " + panics) not in err:
                    sys.exit("%s: expected panic %r, got rc=%d\n%s" % (t["name"], panics, rc, err))
            elif rc != 0:
                sys.exit("%s: go run failed:\n%s" % (t["name"], err))
            origin = ""
        lines = ["// " + l for l in t["doc"].strip().split("\n")]
        if origin:
            lines += origin.strip("\n").split("\n")
        if panics:
            lines.append("// RUN: %expect-exit 2 %csp run %s > %t.out 2> %t.err")
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
            lines.append("// RUN: %csp run %s | FileCheck --strict-whitespace %s")
            assert out.endswith("\n"), t["name"]
            outl = out.split("\n")[:-1]
            for i, l in enumerate(outl):
                lines.append("// CHECK%s: {{^}}%s{{$}}" % ("" if i == 0 else "-NEXT", escape(l)))
            lines.append("// CHECK-NOT: {{.}}")
        text = "\n".join(lines) + "\n\n" + src
        d = os.path.join(root, pkg)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name + ".csp"), "w") as f:
            f.write(text)
    print("wrote %d tests" % len(TESTS))


if __name__ == "__main__":
    main()
