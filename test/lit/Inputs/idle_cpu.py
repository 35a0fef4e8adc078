#!/usr/bin/env python3
"""test/lit/Inputs/idle_cpu.py: checks that a program uses little CPU while it is idle.

usage: idle_cpu.py MAX_MS cmd args...

Runs cmd with stdin and stdout inherited. The program writes a line `idle` to its stderr when
it is about to block (time.Sleep, or goroutines all parked on timers); from then until it exits
it should use next to no CPU. Its CPU time (user + system, all threads) is read from its
process CPU clock when the marker arrives and from wait4's rusage at exit; the difference is
the CPU it used while idle (plus its exit). Succeeds iff cmd exits 0, printed the marker and used
under MAX_MS milliseconds of CPU after it. The rest of cmd's stderr passes through, followed
by a line with the measurement:

    idle_cpu: 1.2 ms CPU while idle (whole process 85.0 ms; limit 150 ms)

The CPU before the marker (for `csp run`: parsing, checking and JIT-compiling the program) is
reported, never asserted. This is a resource check, not a timing one: an idle program's CPU
does not grow on a busy machine the way its wall time does, so a bound can be generous and
still catch a worker that spins instead of sleeping on its futex.
"""
import os
import subprocess
import sys
import time

MARKER = b"idle"


def cpu_seconds(pid):
    """user + system CPU of process pid so far (every thread, exited ones included), in
    seconds: its CPUCLOCK_SCHED process clock, the clockid glibc's clock_getcpuclockid(pid)
    makes, exact to the nanosecond (/proc/PID/stat has 10 ms ticks). Its total at exit is
    what wait4's rusage reports."""
    return time.clock_gettime(((~pid) << 3) | 2)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    limit_ms = float(sys.argv[1])
    cmd = sys.argv[2:]
    try:
        p = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    except OSError as e:
        sys.exit("idle_cpu: %s: %s" % (cmd[0], e.strerror))
    at_marker = None
    for line in p.stderr:
        if line.rstrip(b"\n") == MARKER:
            at_marker = cpu_seconds(p.pid)
            break
        sys.stderr.buffer.write(line)
    sys.stderr.buffer.write(p.stderr.read())
    sys.stderr.flush()
    p.stderr.close()
    # wait4, not wait: its rusage is this child's own (RUSAGE_CHILDREN would add up every child).
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    total = usage.ru_utime + usage.ru_stime
    if p.returncode != 0:
        sys.exit("idle_cpu: %s exited with status %d" % (cmd[0], p.returncode))
    if at_marker is None:
        sys.exit("idle_cpu: %s never wrote the line %r to stderr" % (cmd[0], MARKER.decode()))
    idle_ms = (total - at_marker) * 1e3
    print("idle_cpu: %.1f ms CPU while idle (whole process %.1f ms; limit %g ms)"
          % (idle_ms, total * 1e3, limit_ms), file=sys.stderr)
    if idle_ms >= limit_ms:
        sys.exit("idle_cpu: FAIL: %.1f ms of CPU while idle is not under %g ms" % (idle_ms, limit_ms))


if __name__ == "__main__":
    main()
