#!/usr/bin/env python3
"""test/lit/Inputs/check_with_go.py: checks lit tests' expectations against real Go.

usage: check_with_go.py [-n REPEAT] files-or-dirs...

Not a test (Inputs/ is excluded): a tool for writing tests. Every X.csp is a Go program; this
copies it to a temporary X.go, builds it with the installed Go (1.19), runs it REPEAT times
(default 3; stdin /dev/null; GOMAXPROCS unset, 1, 2 in turn unless the test queries
GOMAXPROCS(0)), and feeds its output (stdout, plus stderr when the RUN line has 2>&1) to
FileCheck with the test's own CHECK lines and options, and compares the exit status with
%expect-exit N (or `not`); a %idle-cpu prefix is dropped. For `not %csp run` tests it checks Go's compile errors instead,
rewritten to csp's `X.csp:L:C: error: msg` form.

Before FileCheck, Go 1.19's output is rewritten to the Go 1.22 forms csp follows:
  created by F                 -> created by F in goroutine 1 (99 when F is not main.main)
  [semacquire] in Mutex.Lock   -> [sync.Mutex.Lock], likewise sync.RWMutex.Lock / .RLock
                                  (WaitGroup.Wait stays "semacquire" until Go 1.24)
  x declared but not used      -> declared and not used: x
  as type T in                 -> as T value in
  cannot range over X (cause)  -> cannot range over X: cause
  path/X.go:N                  -> path/X.csp:N
Tests marked `golden: hand-written` (Go 1.22 semantics Go 1.19 lacks) are skipped.
"""
import os, re, subprocess, sys, shutil, tempfile

FILECHECK = shutil.which("FileCheck-19") or "/usr/lib/llvm-19/bin/FileCheck"
WORK = tempfile.mkdtemp(prefix="check-with-go-")

def transform(out):
    # created by F\n -> created by F in goroutine 1 (creator id unknown in 1.19: 1 for main.main)
    lines = out.split("\n")
    res = []
    for i, l in enumerate(lines):
        m = re.match(r"^created by (\S+)$", l)
        if m:
            l = "created by %s in goroutine %s" % (m.group(1), "1" if m.group(1).startswith("main.main") and not m.group(1).startswith("main.main.func") else "99")
        m = re.match(r"^(goroutine \d+) \[semacquire\]:$", l)
        if m:
            reason = "semacquire"
            for f in lines[i+1:]:
                if f == "":
                    break
                if f.startswith("sync.(*RWMutex).RLock"):
                    reason = "sync.RWMutex.RLock"; break
                if f.startswith("sync.(*RWMutex).Lock"):
                    reason = "sync.RWMutex.Lock"; break
                if f.startswith("sync.(*Mutex).Lock") or f.startswith("sync.(*Mutex).lockSlow"):
                    reason = "sync.Mutex.Lock"; break
                if f.startswith("sync.(*WaitGroup)"):
                    break
            l = "%s [%s]:" % (m.group(1), reason)
        res.append(l)
    out = "\n".join(res)
    out = re.sub(r"(/[\w./-]*?)\.go:(\d+)", r"\1.csp:\2", out)
    return out

def runline(src):
    runs = []
    for l in open(src):
        m = re.match(r"^// RUN: (.*)$", l)
        if m:
            runs.append(m.group(1))
    return runs

def verify(src, repeat):
    text = open(src).read()
    name = os.path.splitext(os.path.basename(src))[0]
    if "golden: hand-written" in text:
        return "SKIP", "hand-written"
    runs = runline(src)
    if len(runs) != 1:
        return "FAIL", "want exactly one RUN line, got %d" % len(runs)
    run = runs[0]
    want = 0
    m = re.match(r"^%expect-exit (\d+) (.*)$", run)
    if m:
        want = int(m.group(1)); run = m.group(2)
    m = re.match(r"^%idle-cpu \S+ (.*)$", run)
    if m:
        run = m.group(1)  # (the CPU bound is csp's own; Go's output is what is checked)
    neg = False
    if run.startswith("not "):
        neg = True; run = run[4:]
    m = re.match(r"^%csp run (?:-O\d )?%s( 2>&1)? \| FileCheck %s(.*)$", run)
    if not m:
        return "FAIL", "unrecognised RUN: " + run
    merge = bool(m.group(1))
    fcopts = m.group(2).split()
    d = os.path.join(WORK, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    shutil.copy(src, d + "/" + name + ".go")
    b = subprocess.run(["go", "build", "-o", "prog", name + ".go"], cwd=d, capture_output=True, text=True,
                       env=dict(os.environ, GO111MODULE="off", GOFLAGS=""))
    if neg and b.returncode != 0:
        out = []
        for l in b.stderr.splitlines():
            if l.startswith("#"):
                continue
            m2 = re.match(r"^\./(\w+)\.go:(\d+:\d+): (.*)$", l)
            if m2:
                msg = m2.group(3)
                msg = re.sub(r"^(\w+) declared but not used$", r"declared and not used: \1", msg)
                msg = re.sub(r" as type (.*) in ", r" as \1 value in ", msg)
                msg = re.sub(r"^cannot range over (.*) \((receive from send-only channel)\)$", r"cannot range over \1: \2", msg)
                l = "%s.csp:%s: error: %s" % (m2.group(1), m2.group(2), msg)
            out.append(l)
        out = "\n".join(out) + "\n"
        fc = subprocess.run([FILECHECK, src] + fcopts, input=out.encode(), capture_output=True)
        if fc.returncode != 0:
            return "FAIL", "FileCheck (compile error):\n%s\n--- output ---\n%s" % (fc.stderr.decode(), out)
        return "PASS", ""
    if b.returncode != 0:
        return "FAIL", "go build: " + b.stderr
    for i in range(repeat):
        env = dict(os.environ)
        env.pop("GOMAXPROCS", None)
        if "GOMAXPROCS(0)" not in text:
            if i % 3 == 1: env["GOMAXPROCS"] = "1"
            if i % 3 == 2: env["GOMAXPROCS"] = "2"
        p = subprocess.run(["./prog"], cwd=d, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=60)
        out = p.stdout + (p.stderr if merge else b"")
        out = transform(out.decode("utf-8", "backslashreplace"))
        code = p.returncode
        if neg and code == 0 or (not neg and code != want):
            return "FAIL", "exit %d want %d (GOMAXPROCS=%s)\n%s" % (code, want, env.get("GOMAXPROCS"), out)
        fc = subprocess.run([FILECHECK, src] + fcopts, input=out.encode(), capture_output=True)
        if fc.returncode != 0:
            return "FAIL", "FileCheck (GOMAXPROCS=%s):\n%s\n--- output ---\n%s" % (env.get("GOMAXPROCS"), fc.stderr.decode(), out)
    return "PASS", ""

def main():
    args = sys.argv[1:]
    repeat = 3
    if args and args[0] == "-n":
        repeat = int(args[1]); args = args[2:]
    files = []
    for a in args:
        if os.path.isdir(a):
            for root, _, fs in os.walk(a):
                files += [os.path.join(root, f) for f in sorted(fs) if f.endswith(".csp")]
        else:
            files.append(a)
    bad = 0
    for f in sorted(files):
        st, msg = verify(f, repeat)
        if st != "PASS":
            print("%s %s\n%s" % (st, f, msg))
            bad += st == "FAIL"
        else:
            print("PASS", f)
    print("%d files, %d failures" % (len(files), bad))
    shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(1 if bad else 0)

main()
