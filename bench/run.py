#!/usr/bin/env python3
"""bench/run.py: runs each workload in csp, Go, Python and C side by side.

For every directory bench/<name>/ holding <name>.csp (and optionally <name>.go, <name>.py,
<name>.c), times whole-process runs and prints a Markdown table of median wall-clock times
and ratios. csp is timed as `csp run x.csp` (JIT compile included, as a user sees it); Go and
C are compiled once into a temporary directory and only the binary is timed; Python runs the
script. A workload that reads stdin has <name>.input.py, run once to write the input every
implementation then reads. A missing toolchain or file shows as "-". Every implementation's stdout is compared
with csp's first; a mismatch is flagged in the table, since a fast wrong answer is no answer.

In-program figures. A program may time itself and print measurement lines:

    <key>_ns: <number>     a duration in nanoseconds (integer or decimal)
    speedup: <number>      a ratio

Such lines vary from run to run, so they are left out of the output comparison; every other
line (the program's result) must agree. When a workload prints them, its table cell is the
median of the FIRST measurement line it prints (named in brackets after the workload, e.g.
`pingpong [roundtrip_ns]`) instead of the whole-process time, and a second table lists the
medians of all its measurement lines.

Memory per goroutine. A workload whose <name>.csp has a line `// bench-rss: N` takes its
count from argv: each implementation runs with N and with 0 (the baseline), and its figure is
bytes per goroutine = (peak RSS at N - peak RSS at 0) / N, peak RSS being GNU time's %M
(/usr/bin/time -f %M, per run). Without /usr/bin/time it is the child's ru_maxrss from wait4,
which cannot go below this script's own RSS (~16 MB: the child is vfork'ed from Python and
its high-water mark survives exec), so the n=0 baseline reads high; RUSAGE_CHILDREN would be
worse, the maximum over all runs so far.

Peers. --peers builds the Tokio and Boost.Fiber versions of spawn, pingpong, workerpool and
blocked1m (../shared/peers/*/README.md: cargo --offline against Debian's crates, g++ against
libboost-fiber-dev) into a temporary directory and adds a column for each; a peer that does
not build is reported (why) and left out. Their outputs are their own: only their figures
are shown, their result lines are not compared.

Times on a shared machine are noisy: compare ratios from one run, never assert on them. The
runs are interleaved: after a warm-up of each, every implementation of a workload runs once
per round, so all of them see the same stretches of a neighbour's load.

The GIL. --gil adds a column "csp --gil": the same csp program run with `csp run --gil`
(docs/gil.md), the figure to set beside Python's threads on CPU-bound work (fibpar) and on a
latency-bound goroutine next to a CPU-bound one (convoy). Its output must agree with csp's too.

usage: bench/run.py [--csp PATH] [--python PATH] [--reps N] [--only NAME[,NAME...]] [--gil]
                    [--peers] [--peers-src DIR] [--peers-build DIR]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["csp", "csp-cold", "go", "python", "c"]
GIL_LANG = "csp-gil"  # with --gil, inserted after csp-cold
TITLES = {"csp": "csp", "csp-cold": "csp (cold)", "csp-gil": "csp --gil", "go": "go", "python": "python", "c": "c",
          "tokio": "tokio", "boost": "boost.fiber", "boost-suspend": "boost.fiber (suspend)"}

# A measurement line (see the docstring): "<key>_ns: <number>" or "speedup: <number>".
MEASURE = re.compile(r"^([a-z][a-z0-9_]*_ns|speedup): (-?[0-9]+(?:\.[0-9]+)?)$")
RSS_DIRECTIVE = re.compile(r"^// bench-rss: ([0-9]+)\s*$", re.M)
BYTES_KEY = "bytes/goroutine"

# Peer programs (../shared/peers): for each workload here, the peer binary and its arguments.
# The configurations are those of ../shared/notes/runtime-peers-measured.md's table.
PEER_PROGRAMS = {
    "tokio": {"spawn": ("spawn100k", ["counter"]), "pingpong": ("pingpong", ["bounded1"]),
              "workerpool": ("workerpool", ["achan"]), "blocked1m": ("blocked1m", ["watch"])},
    "boost": {"spawn": ("spawn100k", []), "pingpong": ("pingpong", ["unbuf"]),
              "workerpool": ("workerpool", []), "blocked1m": ("blocked1m", [])},
}
PEER_ENV = {"tokio": {}, "boost": {"BF_STACK": "8192"},
            "boost-suspend": {"BF_STACK": "8192", "BF_SUSPEND": "1"}}


def workloads(only):
    names = sorted(d for d in os.listdir(HERE)
                   if os.path.isfile(os.path.join(HERE, d, d + ".csp")))
    if only is None:
        return names
    wanted = only.split(",")
    return [n for n in names if n in wanted]


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


def commands(name, csp, python, tmp, langs):
    """Returns {lang: argv or None} for one workload, compiling Go and C once."""
    base = os.path.join(HERE, name, name)
    cmds = {lang: None for lang in langs}
    if csp and os.access(csp, os.X_OK):
        cmds["csp"] = [csp, "run", base + ".csp"]
        # Every run compiles from scratch: the compiled-object cache is off (docs/cache.md).
        cmds["csp-cold"] = [csp, "run", base + ".csp"]
        if GIL_LANG in langs:
            cmds[GIL_LANG] = [csp, "run", "--gil", base + ".csp"]
    if os.path.exists(base + ".go"):
        cmds["go"] = build_go(base + ".go", tmp)
    py = python if python and os.access(python, os.X_OK) else None
    if py and os.path.exists(base + ".py"):
        cmds["python"] = [py, base + ".py"]
    if os.path.exists(base + ".c"):
        cmds["c"] = build_c(base + ".c", tmp)
    return cmds


def rss_count(name):
    """N of a workload whose .csp has `// bench-rss: N`, else None."""
    with open(os.path.join(HERE, name, name + ".csp"), encoding="utf-8") as f:
        m = RSS_DIRECTIVE.search(f.read())
    return int(m.group(1)) if m else None


def run_env(lang):
    # csp-cold compiles every run: the compiled-object cache is off (docs/cache.md).
    if lang == "csp-cold":
        return dict(os.environ, CSP_CACHE="off")
    if lang in PEER_ENV and PEER_ENV[lang]:
        return dict(os.environ, **PEER_ENV[lang])
    return None


def make_input(name, python, tmp):
    """The stdin file of a workload with <name>.input.py (written once), else None."""
    gen = os.path.join(HERE, name, name + ".input.py")
    if not os.path.exists(gen):
        return None
    path = os.path.join(tmp, name + ".in")
    with open(path, "wb") as f:
        subprocess.run([python, gen], stdout=f, check=True)
    return path


GNU_TIME = "/usr/bin/time"


def run_once(argv, stdin_path, capture, env, rss_file=None):
    """Runs argv once: (exit status, stdout or b"", peak RSS of that process in KiB).
    With rss_file, argv runs under GNU time, which writes the peak RSS there (see rss_result)."""
    if rss_file:
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + argv
    stdin = open(stdin_path, "rb") if stdin_path is not None else subprocess.DEVNULL
    try:
        p = subprocess.Popen(argv, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, stdin=stdin, env=env)
        out = p.stdout.read() if capture else b""
        # wait4, not wait: its rusage is this child's own (ru_maxrss in KiB on Linux).
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.stdout:
            p.stdout.close()
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    rss = usage.ru_maxrss
    if rss_file:
        try:
            with open(rss_file) as f:  # "%M\n", after a "Command exited..." line on failure
                rss = int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            rss = None
    return p.returncode, out, rss


def parse_own(out):
    """Splits a program's stdout into (result text, {key: value}) at the measurement lines."""
    kept, measures = [], {}
    for line in out.decode("utf-8", "replace").splitlines(keepends=True):
        m = MEASURE.match(line.rstrip("\n"))
        if m:
            measures[m.group(1)] = float(m.group(2))
        else:
            kept.append(line)
    return "".join(kept).encode("utf-8"), measures


def parse_peer(out):
    """The figures of a peer's one-line report (../shared/peers), in this harness's keys."""
    s = out.decode("utf-8", "replace")
    m = re.search(r"([0-9.]+) ns/roundtrip", s)
    if m:
        return out, {"roundtrip_ns": float(m.group(1))}
    m = re.search(r"spawn=([0-9.]+)ms total=([0-9.]+)ms", s)
    if m:
        up, total = float(m.group(1)), float(m.group(2))
        return out, {"spawn_ns": up * 1e6, "release_ns": (total - up) * 1e6}
    m = re.search(r"([0-9.]+) ms", s)
    if m:
        return out, {"time_ns": float(m.group(1)) * 1e6}
    return out, {}


class Result:
    """The medians of one implementation's runs of one workload."""
    def __init__(self, wall, out, measures, rss_kb):
        self.wall = wall          # whole-process seconds
        self.out = out            # stdout of the first run without its measurement lines
        self.measures = measures  # {key: median}, in the order the program printed them
        self.rss_kb = rss_kb      # peak RSS in KiB


class Runs:
    """The runs of one command (an implementation of a workload, or its n=0 baseline): an
    untimed warm-up (page cache; for csp it also fills the object cache), then one timed run
    per call of once(), then the medians. A failed run makes the result None."""
    def __init__(self, argv, env=None, stdin_path=None, parse=parse_own, rss_file=None):
        self.argv, self.env, self.stdin_path, self.parse, self.rss_file = argv, env, stdin_path, parse, rss_file
        self.walls, self.rsss, self.runs, self.first, self.failed = [], [], [], None, False

    def warm(self):
        run_once(self.argv, self.stdin_path, False, self.env)

    def once(self):
        if self.failed:
            return
        t0 = time.perf_counter()
        code, out, rss = run_once(self.argv, self.stdin_path, True, self.env, self.rss_file)
        self.walls.append(time.perf_counter() - t0)
        if code != 0 or rss is None:
            self.failed = True
            return
        kept, measures = self.parse(out)
        if self.first is None:
            self.first = kept
        self.rsss.append(rss)
        self.runs.append(measures)

    def result(self):
        if self.failed or not self.runs:
            return None
        keys = list(self.runs[0])
        medians = {k: statistics.median(r[k] for r in self.runs if k in r) for k in keys}
        return Result(statistics.median(self.walls), self.first, medians, statistics.median(self.rsss))


def interleave(runs, reps):
    """Warms every command up, then runs each once per round, reps rounds: on a shared,
    noisy machine every implementation then sees the same stretches of noise, which a ratio
    of medians taken minutes apart does not."""
    for r in runs:
        r.warm()
    for _ in range(reps):
        for r in runs:
            r.once()


def rss_result(full, base, n):
    """For a bench-rss workload: the figures of the n runs, preceded by bytes per goroutine
    (median peak RSS at n minus median at 0, over n). Peak RSS comes from GNU time when there
    is one: the wait4 figure of a child of this script is at least this script's own RSS
    (vfork: the high-water mark survives exec)."""
    full, base = full.result(), base.result()
    if full is None or base is None:
        return None
    figures = {BYTES_KEY: (full.rss_kb - base.rss_kb) * 1024.0 / n,
               "peak RSS": full.rss_kb, "peak RSS n=0": base.rss_kb}
    figures.update(full.measures)
    full.measures = figures
    return full


def build_peers(src, build):
    """Builds the peers of ../shared/peers into build/: {column: {workload: argv prefix}}.
    Prints (stderr) and returns in notes why a peer could not be built."""
    peers, notes = {}, []

    def fail(what, why):
        msg = "peers: %s not built: %s" % (what, why)
        print(msg, file=sys.stderr)
        notes.append(msg)

    print("peers: building into %s ..." % build, file=sys.stderr)
    sys.stderr.flush()
    # Tokio: cargo --offline against Debian's crates (librust-tokio-dev, librust-async-channel-dev).
    tokio_src = os.path.join(src, "tokio")
    cargo = shutil.which("cargo") or os.path.expanduser("~/.cargo/bin/cargo")
    if not os.path.isdir(tokio_src):
        fail("tokio", "no %s" % tokio_src)
    elif not os.access(cargo, os.X_OK):
        fail("tokio", "no cargo (rustup, or apt-get install cargo)")
    else:
        work = os.path.join(build, "tokio")
        if not os.path.isdir(work):
            # shared/ is read-only: copy the files without their modes, so cargo may write.
            shutil.copytree(tokio_src, work, copy_function=shutil.copyfile)
            for d, _, _ in os.walk(work):
                os.chmod(d, 0o755)
        try:
            r = subprocess.run([cargo, "build", "--release", "--offline"], cwd=work,
                               capture_output=True, text=True, timeout=1200)
            err = None
            if r.returncode != 0:
                lines = [l for l in r.stderr.splitlines() if l.startswith("error")] or r.stderr.splitlines()
                err = lines[0].strip() if lines else "cargo exit status %d" % r.returncode
                if re.search(r"no matching package|failed to select a version|failed to load source", r.stderr):
                    err += " (needs apt-get install librust-tokio-dev librust-async-channel-dev)"
        except subprocess.TimeoutExpired:
            err = "cargo build took over 20 minutes"
        if err:
            fail("tokio", err)
        else:
            bins = os.path.join(work, "target", "release")
            peers["tokio"] = {w: [os.path.join(bins, b)] + a
                              for w, (b, a) in PEER_PROGRAMS["tokio"].items()}
    # Boost.Fiber: g++ against libboost-fiber-dev.
    bf_src = os.path.join(src, "boost-fiber")
    cxx = shutil.which("g++")
    if not os.path.isdir(bf_src):
        fail("boost.fiber", "no %s" % bf_src)
    elif not cxx:
        fail("boost.fiber", "no g++")
    else:
        built, err = {}, None
        for w, (b, a) in PEER_PROGRAMS["boost"].items():
            out = os.path.join(build, "boost_" + b)
            r = subprocess.run([cxx, "-O2", "-std=c++17", "-pthread", "-o", out,
                                os.path.join(bf_src, b + ".cpp"), "-lboost_fiber", "-lboost_context"],
                               capture_output=True, text=True)
            if r.returncode != 0:
                lines = [l for l in r.stderr.splitlines() if "error" in l] or r.stderr.splitlines()
                err = lines[0].strip() if lines else "%s.cpp: g++ exit status %d" % (b, r.returncode)
                if re.search(r"boost/.*No such file|cannot find -lboost", r.stderr):
                    err += " (needs apt-get install libboost-fiber-dev)"
                break
            built[w] = [out] + a
        if err:
            fail("boost.fiber", err)
        else:
            peers["boost"] = built
            peers["boost-suspend"] = built
    return peers, notes


def fmt_time(t):
    if t is None:
        return "-"
    return "%.1f ms" % (t * 1e3) if t < 1 else "%.2f s" % t


def fmt_ns(v):
    if v < 1e3:
        return "%.0f ns" % v
    if v < 1e6:
        return "%.1f us" % (v / 1e3)
    return fmt_time(v / 1e9)


def fmt_figure(key, v):
    if v is None:
        return "-"
    if key.endswith("_ns"):
        return fmt_ns(v)
    if key == "speedup":
        return "%.2fx" % v
    if key == BYTES_KEY:
        return "%.0f B" % v
    if key.startswith("peak RSS"):
        return "%.1f MiB" % (v / 1024)
    return "%g" % v


def fmt_ratio(a, b):
    return "-" if a is None or b is None or b == 0 else "%.2fx" % (a / b)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csp", default=os.path.join(ROOT, "build", "bin", "csp"), help="csp binary")
    ap.add_argument("--reps", type=int, default=5, help="runs per measurement (median is shown)")
    # Debian's interpreter, not a version-manager shim on PATH (pyenv's shim alone costs ~80 ms).
    ap.add_argument("--python", default="/usr/bin/python3", help="Python interpreter")
    ap.add_argument("--only", help="run only this workload (or a comma-separated list)")
    ap.add_argument("--gil", action="store_true", help="add a column: csp run --gil (docs/gil.md)")
    ap.add_argument("--peers", action="store_true",
                    help="also build and run the Tokio and Boost.Fiber peers (../shared/peers)")
    ap.add_argument("--peers-src", default=os.path.join(os.path.dirname(ROOT), "shared", "peers"),
                    help="where the peers' sources are (default: ../shared/peers)")
    ap.add_argument("--peers-build", help="build the peers here and keep them (default: a temporary directory)")
    args = ap.parse_args()
    names = workloads(args.only)
    if not names:
        sys.exit("run.py: no workload named %r" % args.only)
    notes = []
    with tempfile.TemporaryDirectory(prefix="csp-bench-") as tmp:
        peers = {}
        if args.peers:
            build = args.peers_build or os.path.join(tmp, "peers")
            os.makedirs(build, exist_ok=True)
            peers, peer_notes = build_peers(args.peers_src, build)
            notes += peer_notes
        peer_cols = [p for p in ("tokio", "boost", "boost-suspend") if p in peers]  # the built ones
        langs = LANGS[:2] + [GIL_LANG] + LANGS[2:] if args.gil else LANGS
        cols = langs + peer_cols
        head = ["workload"] + [TITLES[c] for c in langs] + [TITLES[p] for p in peer_cols]
        head += ["csp/go", "csp/python", "csp/c"]
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        details = []   # (name, [keys], {col: Result})
        for name in names:
            res = {}
            stdin_path = make_input(name, args.python, tmp)
            n_rss = rss_count(name)
            argvs = dict(commands(name, args.csp, args.python, tmp, langs))
            for p in peer_cols:
                argvs[p] = peers.get(p, {}).get(name)
            rss_file = os.path.join(tmp, "rss.txt") if n_rss is not None and os.access(GNU_TIME, os.X_OK) else None
            runs = {}  # col -> [Runs] (with n and with 0 for a bench-rss workload)
            for col in cols:
                argv = argvs.get(col)
                parse = parse_peer if col in peer_cols else parse_own
                if not argv:
                    continue
                if n_rss is not None:
                    runs[col] = [Runs(argv + [str(n_rss)], run_env(col), stdin_path, parse, rss_file),
                                 Runs(argv + ["0"], run_env(col), stdin_path, parse, rss_file)]
                else:
                    runs[col] = [Runs(argv, run_env(col), stdin_path, parse)]
            interleave([r for col in cols for r in runs.get(col, [])], args.reps)
            for col in cols:
                if col not in runs:
                    res[col] = None
                elif n_rss is not None:
                    res[col] = rss_result(runs[col][0], runs[col][1], n_rss)
                else:
                    res[col] = runs[col][0].result()
            outputs = {lang: (res[lang].out if res[lang] else None) for lang in langs}
            ref = outputs["csp"] if outputs["csp"] is not None else outputs["go"]
            for lang in langs:
                if outputs[lang] is not None and ref is not None and outputs[lang] != ref:
                    notes.append("%s: %s output differs from %s" % (name, lang, "csp" if outputs["csp"] is not None else "go"))
            # The figure: the first measurement line of the reference implementation, if any.
            keys = []
            for lang in langs:
                if res[lang] and res[lang].measures:
                    keys = list(res[lang].measures)
                    break
            if keys:
                key = keys[0]
                fig = {c: (res[c].measures.get(key) if res[c] else None) for c in cols}
                label = "%s [%s]" % (name, key)
                for c in peer_cols:  # peers may report figures the own programs do not
                    for k in (res[c].measures if res[c] else []):
                        if k not in keys:
                            keys.append(k)
                details.append((name, keys, res))
                cell = lambda c: fmt_figure(key, fig[c])
            else:
                fig = {c: (res[c].wall if res[c] else None) for c in cols}
                label = name
                cell = lambda c: fmt_time(fig[c])
            row = [label] + [cell(c) for c in cols]
            row += [fmt_ratio(fig["csp"], fig["go"]), fmt_ratio(fig["csp"], fig["python"]), fmt_ratio(fig["csp"], fig["c"])]
            print("| " + " | ".join(row) + " |")
            sys.stdout.flush()
        print()
        print("median of %d interleaved runs (a round runs each implementation once) after one warm-up each; whole process. csp: cached compiled object (a re-run"
              " of an unchanged program); csp (cold): parse, check, optimise and JIT every run." % args.reps)
        if details:
            print("Workloads shown as `name [key]` report what the program measured itself (the median of"
                  " its `key` line), not the whole process; [%s] is (peak RSS at N - peak RSS at 0) / N"
                  " (peak RSS: %s)." % (BYTES_KEY, "/usr/bin/time -f %M" if os.access(GNU_TIME, os.X_OK)
                                        else "wait4's ru_maxrss, never below this script's own RSS"))
            print()
            print("In-program figures (medians of %d runs; xgo = figure / Go's):" % args.reps)
            print()
            dhead = ["workload", "figure"] + [TITLES[c] for c in cols]
            print("| " + " | ".join(dhead) + " |")
            print("|" + "---|" * len(dhead))
            for name, keys, res in details:
                for k in keys:
                    g = res["go"].measures.get(k) if res["go"] else None
                    cells = []
                    for c in cols:
                        v = res[c].measures.get(k) if res[c] else None
                        s = fmt_figure(k, v)
                        if v is not None and g and c != "go" and not k.startswith("peak RSS"):
                            s += " (x%.2f)" % (v / g)
                        cells.append(s)
                    print("| " + " | ".join([name, k] + cells) + " |")
            if peer_cols:
                print()
                print("Peers (../shared/peers): tokio = Tokio 2 workers (spawn: counter latch; pingpong:"
                      " mpsc(1) each way; workerpool: async_channel(100) jobs; blocked1m: watch, its spawn_ns"
                      " stops when the spawn loop returns, before the tasks ran); boost.fiber = work_stealing(2),"
                      " 8 KiB stacks, idle threads spin; (suspend) = BF_SUSPEND=1. Their workerpool computes"
                      " j*2, ours x*x%7; their results are not compared.")
    for n in notes:
        print("WARNING: " + n if not n.startswith("peers:") else "NOTE: " + n)


if __name__ == "__main__":
    main()
