#!/usr/bin/env python3
"""test/lit/Inputs/feed_after_marker.py: gives a program its input only once it is waiting.

usage: feed_after_marker.py DELAY_S TEXT cmd args...

Runs cmd with a pipe as its stdin. When cmd writes the line `reading` to its stderr (about to
block in a read), waits DELAY_S seconds, then writes TEXT and a newline to the pipe and closes
it. cmd's stdout passes through, its other stderr lines too; exits with cmd's status. Unlike a
`sleep; print | cmd` pipeline, the delay starts when the program waits, not when the pipeline
starts, so a slow compile (a sanitizer build) cannot make the input arrive first.
"""
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    delay, text, cmd = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    fed = False
    for line in p.stderr:
        if not fed and line.rstrip(b"\n") == b"reading":
            time.sleep(delay)
            p.stdin.write(text.encode() + b"\n")
            p.stdin.close()
            fed = True
            continue
        sys.stderr.buffer.write(line)
    if not fed:
        p.stdin.close()
    sys.exit(p.wait())


if __name__ == "__main__":
    main()
