#!/usr/bin/env python3
"""test/lit/Inputs/gil_check.py: checks a csp run's CPU/wall ratio and GIL figures.

usage: gil_check.py [--max-cpu-ratio X] [--min-cpu-ratio X] [--min-forced N] [--attempts N]
                    [--boost] -- cmd args...

Runs cmd (a `csp run`) with CSP_GIL_STATS_FILE naming a temporary file, where the runtime
writes its figures at exit as `key value` lines (runtime/sched/gil.cpp: wall_ns and cpu_ns
from main's start to the exit, so compiling is not counted; forced_switches, drop_requests,
...). cmd's stdout and stderr pass through; it must exit 0. Then the bounds are checked and one
line reports the figures:

    gil_check: cpu/wall 0.99 (cpu 612.0 ms, wall 618.3 ms), gil 1, forced switches 118

Noise on a shared machine only ever takes CPU time away from a program (its threads wait for a
core), so it can push CPU/wall down but never up: an upper bound (--max-cpu-ratio) and the
count of forced switches are checked on every run. A lower bound (--min-cpu-ratio) is a claim
about parallelism that only a machine with idle cores can back, so each run is bracketed by a
probe: two processes busy-looping for 150 ms, whose CPU/wall says how many cores this process
tree could get just then. A run that meets the bound passes at once (a program under one lock
can never show CPU/wall above about 1, however often it is run or however idle the machine, so
no number of attempts makes a serialised run pass a bound like 1.5). A run below the bound
while a probe found fewer than bound + 0.2 cores is inconclusive and is retried, up to
--attempts runs (default 1). Three runs below the bound in a row with both probes finding the
cores fail the test: the machine had them and the program did not use them. If every run was
inconclusive (another job held a core throughout: a shared machine, or lit running a test on
each core) the check says so and passes; it cannot tell.

--boost runs cmd at the highest scheduling priority the caller may set (nice -20 as root): lit
runs tests in parallel, one per core, and two threads that share the cores with other tests'
CPU-bound processes cannot show CPU/wall near 2 at equal priority (each core's time is split),
while at nice -20 the kernel gives them ~99% of both cores. Without the privilege it runs at
the normal priority and relies on the attempts. It changes no upper bound: priority can only
give a program more CPU time while it is runnable, never let a serialised one use two cores.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def probe_cores(seconds=0.15):
    """CPU/wall of two processes busy-looping for `seconds`: about how many cores we can get."""
    t0 = time.perf_counter()
    pids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                pass
            os._exit(0)
        pids.append(pid)
    cpu = 0.0
    for pid in pids:
        _, _, usage = os.wait4(pid, 0)
        cpu += usage.ru_utime + usage.ru_stime
    return cpu / (time.perf_counter() - t0)


def raise_priority():
    try:
        os.setpriority(os.PRIO_PROCESS, 0, -20)
    except OSError:
        pass  # not permitted: the normal priority, and the attempts


def run_once(cmd, boost):
    fd, path = tempfile.mkstemp(prefix="gil-check-")
    os.close(fd)
    try:
        env = dict(os.environ, CSP_GIL_STATS_FILE=path)
        code = subprocess.call(cmd, env=env, preexec_fn=raise_priority if boost else None)
        stats = {}
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2:
                    stats[parts[0]] = float(parts[1])
        return code, stats
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("--max-cpu-ratio", type=float)
    ap.add_argument("--min-cpu-ratio", type=float)
    ap.add_argument("--min-forced", type=int)
    ap.add_argument("--attempts", type=int, default=1)
    ap.add_argument("--boost", action="store_true")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not cmd:
        sys.exit(__doc__)
    refused = 0  # runs in a row below the bound while the probes found the cores
    for attempt in range(1, a.attempts + 1):
        before = probe_cores() if a.min_cpu_ratio is not None else None
        code, s = run_once(cmd, a.boost)
        if code != 0:
            sys.exit("gil_check: %s exited with status %d" % (cmd[0], code))
        if "wall_ns" not in s or "cpu_ns" not in s:
            sys.exit("gil_check: %s wrote no figures to CSP_GIL_STATS_FILE" % cmd[0])
        wall, cpu = s["wall_ns"], s["cpu_ns"]
        ratio = cpu / wall if wall > 0 else 0.0
        forced = int(s.get("forced_switches", 0))
        print("gil_check: cpu/wall %.2f (cpu %.1f ms, wall %.1f ms), gil %d, forced switches %d, attempt %d"
              % (ratio, cpu / 1e6, wall / 1e6, int(s.get("gil", 0)), forced, attempt), file=sys.stderr)
        if a.max_cpu_ratio is not None and ratio > a.max_cpu_ratio:
            sys.exit("gil_check: FAIL: cpu/wall %.2f is above %g" % (ratio, a.max_cpu_ratio))
        if a.min_forced is not None and forced < a.min_forced:
            sys.exit("gil_check: FAIL: %d forced switches, fewer than %d" % (forced, a.min_forced))
        if a.min_cpu_ratio is None or ratio >= a.min_cpu_ratio:
            print("gil_check: ok")
            return
        cores = min(before, probe_cores())
        print("gil_check: below %g; the probes found %.2f cores" % (a.min_cpu_ratio, cores), file=sys.stderr)
        if cores < a.min_cpu_ratio + 0.2:
            refused = 0
            continue
        refused += 1
        if refused == 3:
            sys.exit("gil_check: FAIL: cpu/wall below %g in 3 runs in a row on a machine with the cores"
                     % a.min_cpu_ratio)
    if refused > 0:
        sys.exit("gil_check: FAIL: cpu/wall stayed below %g in %d runs" % (a.min_cpu_ratio, a.attempts))
    print("gil_check: inconclusive: no run had %g free cores (a busy machine); not checked"
          % (a.min_cpu_ratio + 0.2), file=sys.stderr)
    print("gil_check: ok")


if __name__ == "__main__":
    main()
