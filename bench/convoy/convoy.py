# bench/convoy: the Python counterpart of convoy.csp: a thread answers requests from a
# queue.Queue while another thread computes; requests are due every 15 ms and each one's
# latency runs from the time it was due to main having the answer. Under CPython's GIL the
# woken main thread waits for the computing thread to drop the GIL: about one switch interval
# (sys.getswitchinterval(), 5 ms) or more per request. Compare with `csp run --gil convoy.csp`.
# usage: convoy.py [requests]   (default 40)
import queue
import sys
import threading
import time

PERIOD_NS = 15_000_000


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    reqs, replies = queue.Queue(), queue.Queue()

    def responder():
        while True:
            r = reqs.get()
            if r is None:
                return
            replies.put(r + 1)

    stop = False
    rounds = [0]

    def compute():
        while not stop:
            rounds[0] += fib(20) & 1

    threading.Thread(target=responder, daemon=True).start()
    cpu = threading.Thread(target=compute)
    cpu.start()

    lat = []
    start = time.perf_counter_ns()
    for i in range(n):
        due = start + (i + 1) * PERIOD_NS
        wait = due - time.perf_counter_ns()
        if wait > 0:
            time.sleep(wait / 1e9)
        reqs.put(i)
        if replies.get() != i + 1:
            raise SystemExit("wrong answer")
        lat.append(time.perf_counter_ns() - due)
    stop = True
    cpu.join()
    reqs.put(None)

    lat.sort()
    print("requests answered:", n)
    print("latency_ns:", lat[n // 2])
    print("p90_ns:", lat[n * 9 // 10])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
