# bench/mutex: 8 threads increment one counter under a threading.Lock, 1,000,000 increments
# in all: the Python counterpart of mutex.go, timed in the program from before the first
# thread starts to after the last join.
# usage: mutex.py [n]   (default 1000000)
import sys
import threading
import time

WORKERS = 8


def main(n):
    lock = threading.Lock()
    counter = [0]

    def body(share):
        for _ in range(share):
            with lock:
                counter[0] += 1

    shares = [n // WORKERS + (1 if w < n % WORKERS else 0) for w in range(WORKERS)]
    threads = [threading.Thread(target=body, args=(s,)) for s in shares]
    start = time.perf_counter_ns()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter_ns() - start
    print("goroutines:", WORKERS, "counter:", counter[0])
    print("time_ns:", elapsed)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
