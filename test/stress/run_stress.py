#!/usr/bin/env python3
"""Runs one stress program under csp and checks its output and its peak resident set size.

  run_stress.py CSP PROGRAM.csp EXPECTED_STDOUT MAX_RSS_MB [program args...]

Exit 0 when the program exits 0, prints exactly EXPECTED_STDOUT (a file) and its peak RSS
(getrusage of the child, which includes the compiler and JIT: everything one `csp run` costs) stays
under MAX_RSS_MB. A generous timeout catches hangs; there is no time assertion.
"""
import os
import resource
import subprocess
import sys


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    csp, program, expected_path, max_mb = sys.argv[1:5]
    args = sys.argv[5:]
    with open(expected_path) as f:
        expected = f.read()
    env = {"CSP_CACHE": "off", "PATH": "/usr/bin:/bin"}
    # A sanitizer build's options (TSAN_OPTIONS carries test/tsan.supp) reach the program.
    env.update({k: v for k, v in os.environ.items() if k.endswith("SAN_OPTIONS")})
    proc = subprocess.run([csp, "run", program, *args], capture_output=True, text=True,
                          timeout=1800, env=env)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{program}: exit {proc.returncode}, peak RSS {peak_mb:.0f} MB (limit {max_mb} MB)")
    ok = True
    if proc.returncode != 0:
        print(f"FAIL: exit code {proc.returncode}\n{proc.stderr}")
        ok = False
    if proc.stdout != expected:
        print(f"FAIL: stdout differs\n--- expected\n{expected}--- got\n{proc.stdout}")
        ok = False
    if peak_mb >= float(max_mb):
        print(f"FAIL: peak RSS {peak_mb:.0f} MB is not under {max_mb} MB")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
