#!/usr/bin/env python3
"""bench/run.py: runs each workload in csp, Go, Python and C side by side.

For every directory bench/<name>/ holding <name>.csp (and optionally <name>.go, <name>.py,
<name>.c), times whole-process runs and prints a Markdown table of median wall-clock times
and ratios. csp is timed as `csp run x.csp` (JIT compile included, as a user sees it); Go and
C are compiled once into a temporary directory and only the binary is timed; Python runs the
script. A workload that reads stdin has <name>.input.py, run once to write the input every
implementation then reads. A missing toolchain or file shows as "-". Every implementation's stdout is compared
with csp's first; a mismatch is flagged in the table, since a fast wrong answer is no answer.

Times on a shared machine are noisy: compare ratios from one run, never assert on them.

usage: bench/run.py [--csp PATH] [--python PATH] [--reps N] [--only NAME]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["csp", "csp-cold", "go", "python", "c"]


def workloads(only):
    names = sorted(d for d in os.listdir(HERE)
                   if os.path.isfile(os.path.join(HERE, d, d + ".csp")))
    return [n for n in names if only is None or n == only]


def build_go(src, tmp):
    go = shutil.which("go")
    if not go:
        return None
    out = os.path.join(tmp, "go_" + os.path.basename(src)[:-3])
    env = dict(os.environ, GO111MODULE="off")
    env.setdefault("GOCACHE", os.path.join(tempfile.gettempdir(), "csp-bench-gocache"))
    r = subprocess.run([go, "build", "-o", out, src], capture_output=True, env=env)
    return [out] if r.returncode == 0 else None


def build_c(src, tmp):
    cc = shutil.which("clang-19") or shutil.which("cc") or shutil.which("gcc")
    if not cc:
        return None
    out = os.path.join(tmp, "c_" + os.path.basename(src)[:-2])
    r = subprocess.run([cc, "-O2", "-o", out, src], capture_output=True)
    return [out] if r.returncode == 0 else None


def commands(name, csp, python, tmp):
    """Returns {lang: argv or None} for one workload, compiling Go and C once."""
    base = os.path.join(HERE, name, name)
    cmds = {lang: None for lang in LANGS}
    if csp and os.access(csp, os.X_OK):
        cmds["csp"] = [csp, "run", base + ".csp"]
        # Every run compiles from scratch: the compiled-object cache is off (docs/cache.md).
        cmds["csp-cold"] = [csp, "run", base + ".csp"]
    if os.path.exists(base + ".go"):
        cmds["go"] = build_go(base + ".go", tmp)
    py = python if python and os.access(python, os.X_OK) else None
    if py and os.path.exists(base + ".py"):
        cmds["python"] = [py, base + ".py"]
    if os.path.exists(base + ".c"):
        cmds["c"] = build_c(base + ".c", tmp)
    return cmds


def run_env(lang):
    # csp-cold compiles every run: the compiled-object cache is off (docs/cache.md).
    return dict(os.environ, CSP_CACHE="off") if lang == "csp-cold" else None


def make_input(name, python, tmp):
    """The stdin file of a workload with <name>.input.py (written once), else None."""
    gen = os.path.join(HERE, name, name + ".input.py")
    if not os.path.exists(gen):
        return None
    path = os.path.join(tmp, name + ".in")
    with open(path, "wb") as f:
        subprocess.run([python, gen], stdout=f, check=True)
    return path


def run_once(argv, stdin_path, stdout, env):
    if stdin_path is None:
        return subprocess.run(argv, stdout=stdout, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    with open(stdin_path, "rb") as f:
        return subprocess.run(argv, stdout=stdout, stderr=subprocess.DEVNULL, stdin=f, env=env)


def time_runs(argv, reps, env=None, stdin_path=None):
    """Median wall time in seconds and the stdout of the first run; None if any run fails.
    One untimed warm-up run first (page cache; for csp it also fills the object cache)."""
    times, first = [], None
    run_once(argv, stdin_path, subprocess.DEVNULL, env)
    for _ in range(reps):
        t0 = time.perf_counter()
        r = run_once(argv, stdin_path, subprocess.PIPE, env)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            return None, None
        if first is None:
            first = r.stdout
    return statistics.median(times), first


def fmt_time(t):
    if t is None:
        return "-"
    return "%.1f ms" % (t * 1e3) if t < 1 else "%.2f s" % t


def fmt_ratio(a, b):
    return "-" if a is None or b is None or b == 0 else "%.2fx" % (a / b)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csp", default=os.path.join(ROOT, "build", "bin", "csp"), help="csp binary")
    ap.add_argument("--reps", type=int, default=5, help="runs per measurement (median is shown)")
    # Debian's interpreter, not a version-manager shim on PATH (pyenv's shim alone costs ~80 ms).
    ap.add_argument("--python", default="/usr/bin/python3", help="Python interpreter")
    ap.add_argument("--only", help="run only this workload")
    args = ap.parse_args()
    names = workloads(args.only)
    if not names:
        sys.exit("run.py: no workload named %r" % args.only)
    print("| workload | csp | csp (cold) | go | python | c | csp/go | csp/python | csp/c |")
    print("|---|---|---|---|---|---|---|---|---|")
    notes = []
    with tempfile.TemporaryDirectory(prefix="csp-bench-") as tmp:
        for name in names:
            times, outputs = {}, {}
            stdin_path = make_input(name, args.python, tmp)
            for lang, argv in commands(name, args.csp, args.python, tmp).items():
                times[lang], outputs[lang] = (time_runs(argv, args.reps, run_env(lang), stdin_path)
                                              if argv else (None, None))
            ref = outputs["csp"] if outputs["csp"] is not None else outputs["go"]
            for lang in LANGS:
                if outputs[lang] is not None and ref is not None and outputs[lang] != ref:
                    notes.append("%s: %s output differs from %s" % (name, lang, "csp" if outputs["csp"] is not None else "go"))
            t = times
            print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                name, fmt_time(t["csp"]), fmt_time(t["csp-cold"]), fmt_time(t["go"]), fmt_time(t["python"]), fmt_time(t["c"]),
                fmt_ratio(t["csp"], t["go"]), fmt_ratio(t["csp"], t["python"]), fmt_ratio(t["csp"], t["c"])))
            sys.stdout.flush()
    print()
    print("median of %d runs after one warm-up; whole process. csp: cached compiled object (a re-run"
          " of an unchanged program); csp (cold): parse, check, optimise and JIT every run." % args.reps)
    for n in notes:
        print("WARNING: " + n)


if __name__ == "__main__":
    main()
