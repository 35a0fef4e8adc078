# bench/fibpar: recursive fib(32) computed 4 times one after another, then by 4 threads at
# once: the Python counterpart of fibpar.go. Under the GIL the threads take turns, so the
# speedup is about 1 (it is the figure to compare with csp's --gil mode).
# usage: fibpar.py [k]   (default 32)
import sys
import threading
import time

COPIES = 4


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(k):
    start = time.perf_counter_ns()
    seq = [fib(k) for _ in range(COPIES)]
    seq_time = time.perf_counter_ns() - start

    par = [0] * COPIES

    def body(i):
        par[i] = fib(k)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(COPIES)]
    start = time.perf_counter_ns()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    par_time = time.perf_counter_ns() - start

    fmt = lambda xs: "[" + " ".join(str(x) for x in xs) + "]"
    print("fib", k, "sequential:", fmt(seq), "parallel:", fmt(par))
    print("par_ns:", par_time)
    print("seq_ns:", seq_time)
    print("speedup: %.2f" % (seq_time / par_time))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 32)
